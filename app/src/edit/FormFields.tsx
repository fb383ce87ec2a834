/** The node form's inputs, one per FORM_FIELDS entry, each with its hint or its message: the edit form and the add dialog both show these. */
import { FORM_FIELDS, type NodeForm } from '../core/edit';

interface Props {
  form: NodeForm;
  messages: Partial<Record<keyof NodeForm, string>>;
  onChange: (form: NodeForm) => void;
  /** Prefix of the inputs' ids, so two forms on one page do not share ids. */
  idPrefix?: string;
}

export function FormFields({ form, messages, onChange, idPrefix = 'edit' }: Props) {
  return (
    <>
      {FORM_FIELDS.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const error = messages[field.key];
        const props = {
          id,
          name: field.key,
          value: form[field.key],
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : field.hint ? `${id}-hint` : undefined,
          onChange: (e: { target: { value: string } }) => onChange({ ...form, [field.key]: e.target.value }),
        };
        return (
          <div key={field.key} className={`form-row ${error ? 'has-error' : ''}`}>
            <label htmlFor={id}>{field.label}</label>
            {field.multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />}
            {error ? (
              <p className="field-error" id={`${id}-error`}>
                {error}
              </p>
            ) : (
              field.hint && (
                <p className="field-hint" id={`${id}-hint`}>
                  {field.hint}
                </p>
              )
            )}
          </div>
        );
      })}
    </>
  );
}
