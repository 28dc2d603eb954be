/**
 * The one type of Office's custom-functions runtime these functions use (the @types/custom-functions-runtime package
 * is not installed). custom-functions-metadata recognises a last parameter typed `CustomFunctions.CancelableInvocation`
 * by that name, writes `"cancelable": true` into functions.json and leaves the parameter out of the Excel arguments.
 */
declare namespace CustomFunctions {
  /** The invocation of a cancelable custom function: Excel calls onCanceled when it no longer needs the result. */
  interface CancelableInvocation {
    /** Set by the function; called by Excel when the calculation is cancelled (cell edited, recalculation, workbook closed). */
    onCanceled?: () => void;
    /** The cell that called the function, when the metadata asks for it (not used here). */
    address?: string;
  }
}
