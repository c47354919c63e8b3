// ext_authz: the request-side controls (identity, budgets, ingress detectors, tool policy on the
// request) for one Check, through the same Exchange code as ext_proc, so policy, audit and metrics
// are identical. ext_authz cannot rewrite a body: when policy would redact or strip tools, the
// request is denied (fail closed) with reason ext_authz:redaction_unavailable (decided inside the
// exchange, so the audit record agrees), since forwarding the unredacted body would break the policy.
import type { Authorize, AuthzInput, AuthzResult } from '../server/authz.ts';
import type { ExchangeDeps } from './exchange.ts';
import { PipelineExchange } from './exchange.ts';
import type { DynamicMetadata, HeaderList, PhaseResult } from './types.ts';

function flatten(md: DynamicMetadata | undefined): Record<string, unknown> | undefined {
  // ext_authz puts CheckResponse.dynamic_metadata under its own namespace; keep our keys flat.
  return md?.llm_boundary ? { ...md.llm_boundary } : undefined;
}

function headerList(input: AuthzInput): HeaderList {
  const out: [string, string][] = [
    [':method', input.method],
    [':path', input.path],
    [':authority', input.host],
  ];
  if (input.scheme) out.push([':scheme', input.scheme]);
  for (const [k, v] of input.headers) if (!k.startsWith(':')) out.push([k, v]);
  return out;
}

function denied(r: Extract<PhaseResult, { kind: 'deny' }>): AuthzResult {
  return { allowed: false, status: r.status, headers: r.headers, body: r.body.toString('utf8'), metadata: flatten(r.metadata) };
}

export function createAuthorizer(deps: ExchangeDeps): Authorize {
  return async (input: AuthzInput): Promise<AuthzResult> => {
    const ex = new PipelineExchange(deps, {
      metadata: input.metadata,
      observability: false,
      peerPrincipal: input.peerPrincipal || undefined,
      source: 'ext_authz',
      mutationsDeferred: input.contextExtensions['llm_boundary.ext_proc'] === 'enabled',
    });
    const decisionHeader = deps.currentPolicy().decisionHeader;
    try {
      const hasBody = input.body.length > 0;
      const h = await ex.requestHeaders(headerList(input), !hasBody);
      if (h.kind === 'deny') return denied(h);
      let metadata = h.kind === 'continue' ? h.metadata : undefined;
      if (hasBody) {
        const b = await ex.requestBody(input.body, !input.partialBody, input.partialBody ? 'BUFFERED_PARTIAL' : 'BUFFERED');
        if (b.kind === 'deny') return denied(b);
        if (b.kind === 'continue') metadata = b.metadata ?? metadata;
      }
      return { allowed: true, headers: [[decisionHeader, ex.decisionId]], metadata: flatten(metadata) };
    } catch (err) {
      const r = ex.onError('request_body', err);
      if (r.kind === 'deny') return denied(r);
      return { allowed: true, headers: [[decisionHeader, ex.decisionId]] };
    } finally {
      ex.close('complete');
    }
  };
}
