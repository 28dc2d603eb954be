/** Dropping an .xlsx file anywhere on the page opens it; `dragging` drives the drop outline. */
import * as React from "react";

export interface FileDrop {
  dragging: boolean;
  handlers: Pick<React.HTMLAttributes<HTMLElement>, "onDragOver" | "onDragLeave" | "onDrop">;
}

/** Drag-and-drop handlers for the page. */
export function useFileDrop(onFiles: (files: FileList | null) => void): FileDrop {
  const [dragging, setDragging] = React.useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (e) => {
        e.preventDefault();
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (e) => {
        e.preventDefault();
        setDragging(false);
        onFiles(e.dataTransfer.files);
      },
    },
  };
}
