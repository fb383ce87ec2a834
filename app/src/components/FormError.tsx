/** What went wrong with a form, announced to screen readers as it appears; nothing when there is nothing to say. */
export function FormError({ message, id }: { message: string | null | undefined | false; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="form-error" role="alert">
      {message}
    </p>
  );
}
