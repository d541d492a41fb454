import { render } from 'preact';
import { LiveSync } from '../../components/live-sync';
import { App } from './app';
import '../../components/theme.css';
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
// Everything the page draws, read at once from here; it is drawn as it arrives.
void preloadStorage([
  registersStorage,
  popupStateStorage,
  tabPagesStorage,
  syncAccountStorage,
  syncStatusStorage,
  storageFullStorage,
]);
render(
  <LiveSync>
    <App />
  </LiveSync>,
  document.getElementById('app')!,
);
