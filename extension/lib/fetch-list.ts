/**
 * Reading a list from the address a learner typed (options page): which addresses to fetch
 * (`listSource`), the host permission for their origins asked at that moment (the browser
 * shows its prompt; call this first thing in a click handler), then the first address that
 * answers with a list. Every refusal is a sentence saying what to do.
 */
import { browser } from 'wxt/browser';
import {
  checkListResponse,
  checkListText,
  unreachableMessage,
} from '../../shared/list-import/fetched-list';
import { type ListSource, listSource } from '../../shared/list-import/list-source';
import { messageOf } from './message-of';

export interface FetchedList {
  markdown: string;
  /** Where it came from: what to keep as the curriculum's source, and the base of its links. */
  source: ListSource;
}

export async function fetchList(typed: string): Promise<FetchedList> {
  const found = listSource(typed);
  if (!found.ok) throw new Error(found.message);
  const { source } = found;
  const hosts = source.origins.map((o) => new URL(o.replace('/*', '/')).hostname).join(', ');
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: source.origins });
  } catch (error) {
    throw new Error(`Could not ask for access to ${hosts}: ${messageOf(error)}`);
  }
  if (!granted) {
    throw new Error(
      `Readalong needs your permission to read from ${hosts}. Press "Read the list" again and allow it, or save the list as a .md file and choose that file.`,
    );
  }
  let message = '';
  for (const url of source.candidates) {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
    } catch {
      throw new Error(unreachableMessage(url));
    }
    const length = response.headers.get('content-length');
    const verdict = checkListResponse({
      url,
      status: response.status,
      contentType: response.headers.get('content-type'),
      contentLength: length === null ? null : Number(length),
    });
    if (!verdict.ok) {
      message = verdict.message;
      if (verdict.tryNext) continue;
      throw new Error(message);
    }
    const text = checkListText(await response.text(), url);
    if (!text.ok) throw new Error(text.message);
    return { markdown: text.text, source };
  }
  throw new Error(message || unreachableMessage(typed));
}
