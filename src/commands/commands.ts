// Function file of the add-in: the ribbon only opens the task pane (ShowTaskpane), so no actions are registered.

/** Waits for Office; the manifest references no ExecuteFunction action, so there is nothing to associate. */
export function initCommands(): Promise<void> {
  if (typeof Office === 'undefined') return Promise.resolve();
  return Office.onReady().then(() => undefined);
}

void initCommands();
