import { render } from 'preact';
import { App } from './app';
import '../../components/theme.css';
import { POPUP_START_MARK } from './popup-marks';
import './popup.css';

performance.mark(POPUP_START_MARK);
render(<App />, document.getElementById('app')!);
