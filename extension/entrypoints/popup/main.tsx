import { render } from 'preact';
import { LiveSync } from '../../components/live-sync';
import { App } from './app';
import '../../components/theme.css';
import { POPUP_START_MARK } from './popup-marks';
import './popup.css';

performance.mark(POPUP_START_MARK);
render(
  <LiveSync>
    <App />
  </LiveSync>,
  document.getElementById('app')!,
);
