import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useYouTubeAccess } from '../lib/use-youtube-access';
import { requestYouTubeAccess } from '../lib/youtube-access';
import './theme.css';
import './youtube-access-notice.css';
import { messageOf } from '../lib/message-of';

/**
 * Shown only while Readalong may not run on YouTube: says what that stops, with a button to
 * allow it. The options page asks the browser at once; the popup sends the learner there,
 * because a prompt opened from Firefox's popup falls behind it.
 */
export function YouTubeAccessNotice({ from }: { from: 'options' | 'popup' }) {
  const granted = useYouTubeAccess();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (granted === undefined) return null;
  if (granted || outcome?.ok)
    return outcome ? (
      <p class="ra-access ra-access--granted" role="status">
        Readalong may now follow your videos on YouTube. Reload any YouTube tab that was already
        open.
      </p>
    ) : null;

  const allow = () => {
    if (from === 'popup') {
      browser.runtime.openOptionsPage().then(
        () => window.close(),
        (error: unknown) => setOutcome({ ok: false, text: messageOf(error) }),
      );
      return;
    }
    requestYouTubeAccess().then(
      (ok) =>
        setOutcome(
          ok
            ? { ok, text: '' }
            : { ok, text: 'Not allowed: watch progress stays off until you allow it.' },
        ),
      (error: unknown) =>
        setOutcome({ ok: false, text: `Could not ask the browser: ${messageOf(error)}` }),
    );
  };

  return (
    <section class="ra-access" aria-labelledby="youtube-access-heading">
      <h2 class="ra-access__title" id="youtube-access-heading">
        Readalong is not allowed on YouTube
      </h2>
      <p class="ra-access__text">
        {from === 'popup'
          ? 'So it cannot follow the session videos you watch. Allow it on the options page.'
          : 'Without it, Readalong cannot follow how much of a session video you watch, offer to resume it, or show its card in the side panel. It reads only the video player on www.youtube.com, and only for videos of your curricula.'}
      </p>
      <button type="button" class="ra-button ra-button--primary" onClick={allow}>
        {from === 'popup' ? 'Allow on YouTube…' : 'Allow Readalong on YouTube'}
      </button>
      {outcome && !outcome.ok ? (
        <p class="ra-error ra-access__problem" role="alert">
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
