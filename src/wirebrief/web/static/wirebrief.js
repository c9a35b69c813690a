// "Copy as markdown": copies the seed-format text of a briefing from its <pre>. No inline script anywhere (CSP).
"use strict";
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button.copy-markdown");
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  if (!source) return;
  const done = button.parentElement.querySelector(".copied");
  try {
    await navigator.clipboard.writeText(source.textContent);
    if (done) { done.textContent = "Copied"; done.hidden = false; }
  } catch (error) {
    // No clipboard (insecure origin, permission refused): open the markdown so it can be selected by hand.
    const details = source.closest("details");
    if (details) details.open = true;
    if (done) { done.textContent = "Select the text below to copy it"; done.hidden = false; }
  }
});
