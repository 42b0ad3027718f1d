// React hook: the controller's current state, re-rendering on every change.
import { useSyncExternalStore } from 'react';
import { TaskpaneState } from './state';
import { TaskpaneController } from './taskpaneController';

export function useTaskpane(controller: TaskpaneController): TaskpaneState {
  return useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
}
