// A tiny external store for a pairing flow's state: the flow outlives the route it started on
// (each step has its own URL, as upstream), so it lives at module level and pages subscribe.
import { useSyncExternalStore } from 'react';

export type FlowStore<S> = {
  get: () => S;
  set: (next: S) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createFlowStore<S>(initial: S): FlowStore<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (next) => {
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useFlowState<S>(store: FlowStore<S>): S {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
