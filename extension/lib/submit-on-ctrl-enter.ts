/**
 * A textarea's keydown handler: Ctrl+Enter (Cmd+Enter on a Mac) submits its form, as the
 * form's submit button would; a plain Enter still starts a new line.
 */
export function submitOnCtrlEnter(event: KeyboardEvent & { currentTarget: HTMLTextAreaElement }) {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}
