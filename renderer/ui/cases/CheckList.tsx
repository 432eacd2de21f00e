/** A fieldset of checkboxes (vulnerabilities, what a referral shares) with its error, if any. */
export function CheckList(props: {
  id: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
}) {
  const { id, selected, error } = props;
  const toggle = (value: string) =>
    props.onChange(selected.includes(value) ? selected.filter((x) => x !== value) : [...selected, value]);
  return (
    <fieldset className="case-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      <div className="case-checks">
        {props.options.map(({ value, label }) => (
          <label key={value} className="case-check">
            <input type="checkbox" checked={selected.includes(value)} onChange={() => toggle(value)} />
            {label}
          </label>
        ))}
      </div>
      {error && (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
