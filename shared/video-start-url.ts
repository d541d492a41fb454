import { parseYouTubeUrl } from './youtube';

/**
 * A YouTube video's address that starts it at `seconds` (a `t=` parameter, replacing any `t=`
 * or `start=` it had). `t=0s` starts it from the beginning: the video tracker resumes by
 * itself only when the address names no start. Any other address comes back unchanged.
 */
export function videoStartUrl(url: string, seconds: number): string {
  if (!parseYouTubeUrl(url)) return url;
  const parsed = new URL(url);
  parsed.searchParams.delete('start');
  parsed.searchParams.set('t', `${Math.floor(seconds)}s`);
  return parsed.toString();
}
