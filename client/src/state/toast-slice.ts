import type { StateCreator } from "zustand";
import type { Store } from "./store";

export interface Toast {
  id: number;
  message: string;
}

/** Short messages for refused commands and failed copies. Session scope. */
export interface ToastSlice {
  toasts: readonly Toast[];
  showToast: (message: string) => void;
  dismissToast: (id: number) => void;
}

const TOAST_MS = 5000;
let nextToastId = 1;

export const createToastSlice: StateCreator<Store, [], [], ToastSlice> = (set, get) => ({
  toasts: [],
  showToast: (message) => {
    const id = nextToastId++;
    set((state) => ({ toasts: [...state.toasts.slice(-2), { id, message }] }));
    setTimeout(() => get().dismissToast(id), TOAST_MS);
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
});
