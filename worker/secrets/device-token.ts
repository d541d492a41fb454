import { randomBytes, toBase64Url } from './random';
import { sha256Hex } from './sha256';

/**
 * A device's bearer token is `<device id>.<secret>`: the id finds the device, and the secret
 * (256 random bits) is checked against its stored SHA-256 in constant time.
 */
const TOKEN_PATTERN = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

export async function newDeviceToken(
  deviceId: string,
): Promise<{ token: string; tokenHash: string }> {
  const secret = toBase64Url(randomBytes(32));
  return { token: `${deviceId}.${secret}`, tokenHash: await sha256Hex(secret) };
}

export function parseDeviceToken(token: string): { deviceId: string; secret: string } | null {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { deviceId: match[1]!, secret: match[2]! } : null;
}
