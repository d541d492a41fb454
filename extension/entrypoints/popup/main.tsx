import { render } from 'preact';
import { LiveSync } from '../../components/live-sync';
import { App } from './app';
import '../../components/theme.css';
import { loadBundledIfActive } from '../../lib/bundled-curricula';
import {
  popupStateStorage,
  registersStorage,
  storageFullStorage,
  syncAccountStorage,
  syncStatusStorage,
  tabPagesStorage,
} from '../../lib/storage';
import { preloadStorage } from '../../lib/storage-preload';
import { POPUP_START_MARK } from './popup-marks';
import './popup.css';

performance.mark(POPUP_START_MARK);
// Everything the first frame shows, read at once (and the book club when it is the one shown):
// the first render draws it.
const preloaded = preloadStorage([
  registersStorage,
  popupStateStorage,
  tabPagesStorage,
  syncAccountStorage,
  syncStatusStorage,
  storageFullStorage,
]).then(loadBundledIfActive);
void preloaded.finally(() => {
  render(
    <LiveSync>
      <App />
    </LiveSync>,
    document.getElementById('app')!,
  );
});
