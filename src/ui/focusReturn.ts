/** Set (`data-item`) on an element that shows one item of a list whose elements are reused for other items. */
const ITEM_ATTRIBUTE = 'data-item';

function itemOf(element: Element): string | null {
  return element.closest(`[${ITEM_ATTRIBUTE}]`)?.getAttribute(ITEM_ATTRIBUTE) ?? null;
}

/**
 * Remembers `element` to give focus back to later (when a dialog or prompt it opened closes). Focus goes back
 * only if the element is still on the page and still shows the same item: a table row reused for another
 * transaction meanwhile would otherwise take focus for one the person never chose.
 */
export function focusReturner(element: HTMLElement): () => void {
  const item = itemOf(element);
  return () => {
    if (element.isConnected && itemOf(element) === item) element.focus();
  };
}
