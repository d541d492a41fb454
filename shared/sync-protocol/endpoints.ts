import type { z } from 'zod';
import { createAccountRequestSchema, createAccountResponseSchema } from './accounts';
import {
  addDeviceRequestSchema,
  addDeviceResponseSchema,
  deviceSchema,
  listDevicesResponseSchema,
  renameDeviceRequestSchema,
} from './devices';
import type { ErrorCode } from './error-codes';
import { healthResponseSchema } from './health';
import { createPairingCodeResponseSchema } from './pairing-codes';
import { syncRequestSchema, syncResponseSchema } from './sync';

export interface Endpoint {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI style: `/v1/devices/{deviceId}`. */
  path: string;
  summary: string;
  /** Needs `Authorization: Bearer <token>`. */
  auth: boolean;
  request?: z.ZodType;
  status: 200 | 201 | 204;
  response?: z.ZodType;
  /** The errors this endpoint can answer with, besides `internal_error`. */
  errors: readonly ErrorCode[];
}

const BODY_ERRORS: ErrorCode[] = [
  'invalid_json',
  'invalid_request',
  'unknown_field',
  'body_too_large',
  'unsupported_media_type',
];
const AUTH_ERRORS: ErrorCode[] = ['missing_token', 'invalid_token'];

/** Every endpoint of the sync server. The OpenAPI document is generated from this table. */
export const endpoints = {
  health: {
    method: 'get',
    path: '/v1/health',
    summary: 'Whether the server is up, and its version.',
    auth: false,
    status: 200,
    response: healthResponseSchema,
    errors: [],
  },
  createAccount: {
    method: 'post',
    path: '/v1/accounts',
    summary: 'Create an account and its first device.',
    auth: false,
    request: createAccountRequestSchema,
    status: 201,
    response: createAccountResponseSchema,
    errors: [
      ...BODY_ERRORS,
      'device_name_empty',
      'device_name_too_long',
      'device_name_invalid',
      'too_many_accounts',
    ],
  },
  createPairingCode: {
    method: 'post',
    path: '/v1/pairing-codes',
    summary: 'A short code, valid once for 10 minutes, that adds another browser to the account.',
    auth: true,
    status: 201,
    response: createPairingCodeResponseSchema,
    errors: AUTH_ERRORS,
  },
  addDevice: {
    method: 'post',
    path: '/v1/devices',
    summary: 'Join an account with a pairing code or the recovery key.',
    auth: false,
    request: addDeviceRequestSchema,
    status: 201,
    response: addDeviceResponseSchema,
    errors: [
      ...BODY_ERRORS,
      'device_name_empty',
      'device_name_too_long',
      'device_name_invalid',
      'invalid_code',
      'too_many_pairing_attempts',
      'too_many_devices',
      'too_many_joins',
    ],
  },
  listDevices: {
    method: 'get',
    path: '/v1/devices',
    summary: 'The devices of the account.',
    auth: true,
    status: 200,
    response: listDevicesResponseSchema,
    errors: AUTH_ERRORS,
  },
  renameDevice: {
    method: 'patch',
    path: '/v1/devices/{deviceId}',
    summary: 'Rename a device of the account.',
    auth: true,
    request: renameDeviceRequestSchema,
    status: 200,
    response: deviceSchema,
    errors: [
      ...AUTH_ERRORS,
      ...BODY_ERRORS,
      'device_name_empty',
      'device_name_too_long',
      'device_name_invalid',
      'device_not_found',
    ],
  },
  revokeDevice: {
    method: 'delete',
    path: '/v1/devices/{deviceId}',
    summary: 'Revoke a device (this one too): its token stops working at once.',
    auth: true,
    status: 204,
    errors: [...AUTH_ERRORS, 'device_not_found'],
  },
  deleteAccount: {
    method: 'delete',
    path: '/v1/account',
    summary: 'Delete the account and all its data: devices, codes and registers.',
    auth: true,
    status: 204,
    errors: AUTH_ERRORS,
  },
  sync: {
    method: 'post',
    path: '/v1/sync',
    summary: 'Push changes and pull every register changed since the cursor, in one round trip.',
    auth: true,
    request: syncRequestSchema,
    status: 200,
    response: syncResponseSchema,
    errors: [
      ...AUTH_ERRORS,
      ...BODY_ERRORS,
      'too_many_changes',
      'key_empty',
      'key_too_long',
      'key_malformed',
      'value_too_large',
      'value_too_deep',
      'value_not_a_number',
      'value_not_finite',
      'invalid_hlc',
      'clock_skew',
      'invalid_cursor',
      'merge_rule_changed',
      'quota_exceeded',
      'too_many_requests',
    ],
  },
  openapi: {
    method: 'get',
    path: '/v1/openapi.json',
    summary: 'This document.',
    auth: false,
    status: 200,
    errors: [],
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointId = keyof typeof endpoints;
