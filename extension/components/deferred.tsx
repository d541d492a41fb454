import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** What a deferred component takes: the component's own props and `when`. */
export type DeferredProps<P> = P & {
  /** Whether the component has something to show; its code is loaded when this first holds. */
  when: boolean;
};

/**
 * A component whose code is loaded on demand (a dynamic `import()`, its own chunk, its styles
 * with it), for what a page's first paint does not show: a dialog, a notice shown only
 * sometimes. It renders nothing until `when` first holds; then its code is loaded (a file from
 * the extension, a few milliseconds) and it is drawn as soon as it is there. From then on it is
 * rendered like any component, `when` or not, so a dialog closes itself and hands the focus
 * back as it always did.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<DeferredProps<P>> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<unknown> | undefined;
  return function Deferred({ when, ...props }: DeferredProps<P>) {
    const [, setLoaded] = useState(false);
    useEffect(() => {
      if (loaded || !when) return;
      let live = true;
      loading ??= load().then(
        (component) => {
          loaded = component;
        },
        (error: unknown) => {
          loading = undefined; // tried again when next wanted
          throw error;
        },
      );
      loading.then(
        () => live && setLoaded(true),
        (error: unknown) => console.error('Readalong: could not load part of this page', error),
      );
      return () => {
        live = false;
      };
    }, [when]);
    const Loaded = loaded;
    return Loaded ? <Loaded {...(props as P)} /> : null;
  };
}
