// A menu button (WAI-ARIA "menu button" pattern): the examples menu.
// A native <select> would load an example on every arrow key press in some
// browsers; a menu only acts on Enter or a click, and can show a summary
// under each title.

/**
 * @param {HTMLButtonElement} button the trigger
 * @param {HTMLElement} list the popup
 * @param {{id: string, title: string, summary: string}[]} items
 * @param {(id: string) => void} onPick
 */
export function createMenu(button, list, items, onPick) {
  list.setAttribute("role", "menu");
  list.hidden = true;
  button.setAttribute("aria-haspopup", "menu");
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", list.id);

  const entries = items.map((item) => {
    const entry = document.createElement("button");
    entry.type = "button";
    entry.className = "menu-item";
    entry.setAttribute("role", "menuitem");
    entry.tabIndex = -1;
    entry.dataset.id = item.id;
    const title = document.createElement("span");
    title.className = "menu-title";
    title.textContent = item.title;
    const summary = document.createElement("span");
    summary.className = "menu-summary";
    summary.textContent = item.summary;
    entry.append(title, summary);
    entry.addEventListener("click", () => {
      close(false);
      onPick(item.id);
    });
    list.append(entry);
    return entry;
  });

  const isOpen = () => !list.hidden;

  function open(focusIndex = 0) {
    list.hidden = false;
    button.setAttribute("aria-expanded", "true");
    entries[(focusIndex + entries.length) % entries.length]?.focus();
    document.addEventListener("pointerdown", outside, true);
  }

  function close(restoreFocus = true) {
    if (!isOpen()) return;
    list.hidden = true;
    button.setAttribute("aria-expanded", "false");
    document.removeEventListener("pointerdown", outside, true);
    if (restoreFocus) button.focus();
  }

  function outside(e) {
    if (!list.contains(e.target) && !button.contains(e.target)) close(false);
  }

  button.addEventListener("click", () => (isOpen() ? close() : open()));
  button.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      open(0);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      open(-1);
    }
  });
  list.addEventListener("keydown", (e) => {
    const at = entries.indexOf(document.activeElement);
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: entries.length - 1 }[e.key];
    if (move !== undefined) {
      e.preventDefault();
      entries[(move + entries.length) % entries.length].focus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === "Tab") {
      close(false);
    }
  });
  return { close };
}
