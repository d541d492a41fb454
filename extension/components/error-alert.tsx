/** A problem the learner must know about, read out by screen readers as it appears. */
export function ErrorAlert({ message, class: extra }: { message: string | null; class?: string }) {
  if (!message) return null;
  return (
    <p class={extra ? `ra-error ${extra}` : 'ra-error'} role="alert">
      {message}
    </p>
  );
}
