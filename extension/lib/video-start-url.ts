/** A video's address at a moment lives in shared/ (the Markdown exports use it too). */
export { videoStartUrl } from '../../shared/video-start-url';
