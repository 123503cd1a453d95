/**
 * Writes a text as a YAML scalar: plain when YAML would read it back as the same string, double
 * quoted (JSON escaping is valid YAML) otherwise. Inside a flow collection commas and brackets
 * also need quotes.
 */
const RESERVED = /^(?:~|null|true|false|yes|no|on|off|y|n)$/i;
const NUMBER_LIKE = /^[-+.]?\d|^\.(?:inf|nan)$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

export function yamlScalar(text: string, inFlow: boolean): string {
  // YAML 1.2 reads an unquoted calendar date as text, and the plan format writes dates that way.
  if (ISO_DATE.test(text)) return text;
  const plain =
    text.length > 0 &&
    !INDICATOR_START.test(text) &&
    !/\s$/.test(text) &&
    !/: |:$| #|[\r\n\t]/.test(text) &&
    !RESERVED.test(text) &&
    !NUMBER_LIKE.test(text) &&
    !(inFlow && /[,[\]{}]/.test(text));
  return plain ? text : JSON.stringify(text);
}
