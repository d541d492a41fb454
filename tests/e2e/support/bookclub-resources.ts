/** Resource keys of the bundled book club that the end-to-end tests visit. */
const REPO = 'github.com/mlops-discord/dmls-bookclub';

/** The slides of the book club's first four sessions. */
export const SLIDES = [
  `${REPO}/blob/main/slides/chapter1-20240413-chad-shaplv.pdf`,
  `${REPO}/blob/main/slides/chapter2-20240420-pablo-discobar.pdf`,
  `${REPO}/blob/main/slides/chapter3-20240427-team-qstar.pdf`,
  `${REPO}/blob/main/slides/chapter4-20240504-mlopers.pdf`,
] as const;
