import type { z } from 'zod';
import type { ErrorCode } from './error-codes';

export interface RequestError {
  code: ErrorCode;
  message: string;
}

/** `changes[3].key` for the path `['changes', 3, 'key']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function codeFor(issue: z.core.$ZodIssue): ErrorCode {
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') {
    return issue.params.code as ErrorCode;
  }
  if (issue.code === 'unrecognized_keys') return 'unknown_field';
  const field = [...issue.path].reverse().find((part) => typeof part === 'string');
  if (field === 'changes' && issue.code === 'too_big') return 'too_many_changes';
  if (field === 'key' && issue.code === 'too_big') return 'key_too_long';
  if (field === 'key' && issue.code === 'too_small') return 'key_empty';
  if (field === 'deviceName' || field === 'name') {
    if (issue.code === 'too_big') return 'device_name_too_long';
    if (issue.code === 'too_small') return 'device_name_empty';
  }
  if (field === 'hlc' && issue.code === 'invalid_format') return 'invalid_hlc';
  return 'invalid_request';
}

/** The error to answer a body that failed its schema with: the first problem found. */
export function requestErrorFrom(error: z.ZodError): RequestError {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_request', message: 'The body does not match the schema.' };
  const where = formatPath(issue.path);
  const message =
    issue.code === 'unrecognized_keys'
      ? `Unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}${where ? ` in ${where}` : ''}.`
      : `${where ? `${where}: ` : ''}${issue.message}`;
  return { code: codeFor(issue), message };
}
