// Editing one item of a list where it stands (a journal entry, a session, a therapist), with
// focus where a keyboard or screen-reader user expects it: opening the form moves focus to its
// first field, Cancel returns it to the item's Edit button, and a save moves it to the item
// itself, so the changed words are read out.
import { useEffect, useRef, useState } from "preact/hooks";

type FocusTarget = "form" | "button" | "item";

export function useEditInPlace<Item extends HTMLElement = HTMLLIElement>() {
  const [editing, setEditing] = useState(false);
  /** A short "Changes saved." beside the item after a save, until it is edited again. */
  const [saved, setSaved] = useState(false);
  const item = useRef<Item>(null);
  const form = useRef<HTMLFormElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "form") form.current?.querySelector<HTMLElement>("input, textarea, select")?.focus();
    else if (target === "button") editButton.current?.focus();
    else if (target === "item") item.current?.focus();
  }, [editing, focusRequest]);

  const move = (target: FocusTarget) => {
    focusNext.current = target;
    setFocusRequest((n) => n + 1);
  };

  return {
    editing,
    saved,
    item,
    form,
    editButton,
    open() {
      setSaved(false);
      setEditing(true);
      move("form");
    },
    cancel() {
      setEditing(false);
      move("button");
    },
    /** Call once the change is saved and the list reloaded. */
    done() {
      setEditing(false);
      setSaved(true);
      move("item");
    },
  };
}
