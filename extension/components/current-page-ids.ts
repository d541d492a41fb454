/**
 * The current-page card and the offer to link the page take each other's place (linking,
 * unlinking); these are the ids of what takes the focus then, in the one that appears.
 */

/** The card's heading ("This page"). */
export const CURRENT_PAGE_HEADING = 'current-page-heading';

/** The offer's button ("Link this page to an item…"). */
export const LINK_PAGE_BUTTON = 'link-page-button';
