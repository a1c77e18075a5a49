/** Helm's own functions: include, tpl, required, fail, lookup, and those whose result is not knowable. */

import { TracedBuilder } from '../../sourcemap/builder';
import { Call, LIMITS, TemplateError, TemplateFn } from '../eval/frame';
import { execNodes } from '../eval/exec';
import { Unknown, Val } from '../eval/values';
import { actionText } from '../eval/frame';
import { strval } from './convert';

function include(call: Call): Val {
  const [name, arg] = call.args;
  if (name?.v instanceof Unknown) return name;
  const define = call.frame.engine.defines.get(strval(name?.v));
  if (!define) throw new TemplateError(`error calling include: template: no template "${strval(name?.v)}" associated with template "gotpl"`, call.frame.file, call.span);
  if (call.frame.depth >= LIMITS.depth) throw new TemplateError(`rendering template has a nested reference name: ${strval(name?.v)}: unable to execute template`, call.frame.file, call.span);
  const out = new TracedBuilder();
  const dot = arg ?? { v: null };
  execNodes({ engine: call.frame.engine, file: define.file, vars: [{ name: '$', val: dot }], out, depth: call.frame.depth + 1 }, define.body, dot);
  return { v: out.text(), marks: out.marks, unknowns: out.unknowns };
}

function required(call: Call): Val {
  const [message, value] = call.args;
  if (value?.v instanceof Unknown) return value;
  if (value === undefined || value.v === null || value.v === undefined || value.v === '') throw new TemplateError(strval(message?.v), call.frame.file, call.span);
  return value;
}

/** Functions whose value changes on every run (random strings, keys, the clock): unknown, named as such. */
function notKnowable(what: string): TemplateFn {
  return { traced: (call) => ({ v: new Unknown(`${actionText(call.frame, call.span).trim()}: ${what}, so its value is not known before it runs`) }) };
}

export const HELM_FUNCTIONS: Record<string, TemplateFn> = {
  include: { traced: include },
  tpl: {
    traced: (call) => {
      const [text, dot] = call.args;
      if (text?.v instanceof Unknown) return text;
      if (dot?.v instanceof Unknown) return dot;
      const rendered = call.frame.engine.renderString(strval(text?.v), dot ?? { v: null }, call);
      return { ...rendered, o: text?.o };
    },
  },
  required: { traced: required },
  fail: { traced: (call) => { throw new TemplateError(strval(call.args[0]?.v), call.frame.file, call.span); } },
  // `helm template` has no cluster to look in: lookup returns an empty map.
  lookup: { traced: () => ({ v: new Map() }) },
  randAlphaNum: notKnowable('it is random'),
  randAlpha: notKnowable('it is random'),
  randNumeric: notKnowable('it is random'),
  randAscii: notKnowable('it is random'),
  randInt: notKnowable('it is random'),
  uuidv4: notKnowable('it is random'),
  genPrivateKey: notKnowable('it makes a new key'),
  genCA: notKnowable('it makes a new certificate'),
  genSelfSignedCert: notKnowable('it makes a new certificate'),
  genSignedCert: notKnowable('it makes a new certificate'),
  derivePassword: notKnowable('it derives a secret'),
  now: notKnowable('it reads the clock'),
  date: notKnowable('it reads the clock'),
  dateInZone: notKnowable('it reads the clock'),
  unixEpoch: notKnowable('it reads the clock'),
  htpasswd: notKnowable('it hashes with a random salt'),
  getHostByName: notKnowable('it asks DNS'),
};
