/**
 * jar-uri: since operator 1.15 a session job's jarURI must be a URI with a scheme from the
 * operator's allow-list (https by default) and, for http(s), a host that is not a private,
 * loopback or link-local address (§4.2 S-4..S-9). Standalone deployments need a scheme too (§4.5).
 */

import { atLeast, jobOf, sessionClusterOf, valueOf } from './helpers';
import { isEmr } from '../model/dialect';
import { Report, ResourceContext, ResourceRule } from './types';

export const jarUri: ResourceRule = {
  id: 'jar-uri',
  severity: 'error',
  doc: {
    summary: 'A jarURI the operator will not fetch.',
    why: 'The operator downloads session job jars itself and only from allowed schemes and public hosts.',
    before: 'jarURI: http://10.0.0.5/jobs/app.jar',
    after: 'jarURI: https://artifacts.example.com/jobs/app.jar',
  },
  check(ctx: ResourceContext): Report[] {
    const uri = valueOf(jobOf(ctx.resource.spec)?.jarURI);
    if (!uri) return [];
    const text = String(uri.value);
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text)?.[1]?.toLowerCase();
    if (ctx.resource.kind === 'FlinkDeployment') {
      const standalone = ctx.projection?.mode.value === 'standalone';
      return standalone && !scheme ? [{ message: `jarURI "${text}" has no scheme; standalone mode needs one such as local:///opt/flink/usrlib/app.jar.`, span: uri.span }] : [];
    }
    // EMR on EKS runs its own, older operator build without the allow-list; it fetches s3:// jars.
    if (ctx.resource.kind !== 'FlinkSessionJob' || !atLeast(ctx, '1.15') || isEmr(sessionClusterOf(ctx))) return [];
    return sessionJarProblems(ctx, text, scheme).map((message) => ({ message, span: uri.span }));
  },
};

function sessionJarProblems(ctx: ResourceContext, text: string, scheme: string | undefined): string[] {
  if (/\s/.test(text) || /[<>"{}|\\^`]/.test(text)) return [`jarURI "${text}" is not a valid URI.`];
  if (!scheme) return [`jarURI "${text}" needs a scheme such as https://.`];
  const allowed = (ctx.options.operatorDefaults['kubernetes.operator.user.artifacts.allowed-schemes'] ?? 'https').split(/[;,]/).map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  if (!allowed.includes(scheme)) return [`jarURI scheme "${scheme}" is not allowed by the operator (allowed: ${allowed.join(', ')}); an operator administrator can extend kubernetes.operator.user.artifacts.allowed-schemes.`];
  const restrictedCheck = (ctx.options.operatorDefaults['kubernetes.operator.user.artifacts.disallow-restricted-hosts'] ?? 'true').trim().toLowerCase() !== 'false';
  if (!restrictedCheck || (scheme !== 'http' && scheme !== 'https')) return [];
  const host = /^[a-z]+:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(text)?.[1] ?? '';
  if (host === '') return [`jarURI "${text}" has no host.`];
  return isRestricted(host) ? [`jarURI host "${host}" is a loopback, private, link-local or multicast address, which the operator refuses to fetch from.`] : [];
}

/** Literal addresses the operator refuses; host names would need DNS, which we do not do. */
export function isRestricted(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '::' || h.startsWith('fe80:') || /^f[cd][0-9a-f]{2}:/.test(h)) return true;
  const ip = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (!ip) return false;
  const [a, b] = [Number(ip[1]), Number(ip[2])];
  return a === 127 || a === 10 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a >= 224 && a <= 239);
}
