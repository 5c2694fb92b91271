/**
 * The container and cluster recipe, checked without Docker or a cluster: every Kubernetes manifest of
 * deploy/kubernetes validates against the Kubernetes API schemas (kubernetes-models: the OpenAPI schemas
 * compiled to ajv validators), and every environment variable, port and probe path that the manifests and the
 * Dockerfile name is one the gateway knows (a row of the README's configuration table) and serves; the
 * shutdown timings fit in the grace period, and the hardening the README promises is there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { loadConfig } from '../../src/config.js';
import { startHarness } from '../helpers/harness.js';
import { ROOT } from './process.js';

const MANIFESTS = path.join(ROOT, 'deploy', 'kubernetes');

/** The API objects the recipe may hold, by `apiVersion/kind`, each with its schema-validating model. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
};

interface ManifestObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  [key: string]: unknown;
}

interface Manifest extends ManifestObject {
  file: string;
}

function loadManifests(): Manifest[] {
  return readdirSync(MANIFESTS)
    .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .sort()
    .flatMap((file) =>
      parseAllDocuments(readFileSync(path.join(MANIFESTS, file), 'utf8')).map((doc) => {
        if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
        return { file, ...(doc.toJS() as ManifestObject) };
      }),
    );
}

/**
 * Strict mode (kubeconform --strict's job): the ajv schemas let unknown fields through, so a misspelt field
 * (`replica:`) would pass silently. Each object is type-checked as a literal of its kubernetes-models
 * interface instead, where TypeScript reports every property the API does not have. Returns the messages.
 */
function unknownFieldErrors(objects: ManifestObject[]): string[] {
  const fileName = path.join(ROOT, 'test', 'deploy', '__manifests__.ts');
  const source = objects
    .map(({ apiVersion, kind, ...rest }, i) => {
      const module = `kubernetes-models/${apiVersion}/${kind}`;
      return `import type { I${kind} as T${i} } from '${module}';\nexport const m${i}: T${i} = ${JSON.stringify({ apiVersion, kind, ...rest }, null, 2)};`;
    })
    .join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, ...rest) =>
    name === fileName ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true) : getSourceFile(name, ...rest);
  host.fileExists = (name) => name === fileName || fileExists(name);
  host.readFile = (name) => (name === fileName ? source : readFile(name));
  const program = ts.createProgram([fileName], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

const manifests = loadManifests();
const withoutFile = ({ file: _file, ...object }: Manifest): ManifestObject => object;
/** The gateway's object of a kind (redis.yaml adds a Deployment and a Service of its own). */
const only = <T>(kind: string, name = 'usergraph'): T & Manifest => {
  const found = manifests.filter((m) => m.kind === kind && m.metadata.name === name);
  expect(found).toHaveLength(1);
  return found[0] as T & Manifest;
};
const deployment = only<IDeployment>('Deployment');
const container = deployment.spec?.template.spec?.containers[0];
const configMap = only<{ data: Record<string, string> }>('ConfigMap');
const secret = only<{ stringData: Record<string, string> }>('Secret', 'usergraph-oauth');
const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const configSection = readme.slice(
  readme.indexOf('## Configuration'),
  readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
);
/** Every variable with a row of its own in the configuration tables. */
const documented = new Set([...configSection.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((m) => m[1]));

describe('the Kubernetes manifests', () => {
  it('are the eight objects of the recipe, all listed in kustomization.yaml', () => {
    expect(manifests.map((m) => `${m.kind} ${m.metadata.name}`).sort()).toEqual([
      'ConfigMap usergraph',
      'Deployment usergraph',
      'Deployment usergraph-redis',
      'HorizontalPodAutoscaler usergraph',
      'PodDisruptionBudget usergraph',
      'Secret usergraph-oauth',
      'Service usergraph',
      'Service usergraph-redis',
    ]);
    const kustomization = readFileSync(path.join(MANIFESTS, 'kustomization.yaml'), 'utf8');
    for (const file of new Set(manifests.map((m) => m.file))) expect(kustomization).toContain(`- ${file}`);
  });

  it.each(manifests.map((m) => [`${m.file}: ${m.kind} ${m.metadata.name}`, m] as const))(
    '%s validates against the Kubernetes schema',
    (_, manifest) => {
      const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
      if (!Model) throw new Error(`${manifest.file}: no schema for ${manifest.apiVersion} ${manifest.kind}`);
      const { file: _file, ...object } = manifest;
      expect(() => new Model(object as never).validate()).not.toThrow();
    },
  );

  it('the validator does reject a broken object (so the check above can fail)', () => {
    const broken = structuredClone(deployment) as unknown as {
      spec: { template: { spec: { containers: Array<{ ports: Array<{ containerPort: unknown }> }> } } };
    };
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    const { file: _file, ...object } = broken as unknown as Manifest;
    expect(() => new Deployment(object as never).validate()).toThrow(/containerPort must be integer/);
  });

  it('have no field the Kubernetes API does not know (strict), and a misspelt one would be caught', () => {
    expect(unknownFieldErrors(manifests.map(withoutFile))).toEqual([]);
    const misspelt = { ...withoutFile(deployment), spec: { ...deployment.spec, replica: 2 } } as unknown as Manifest;
    expect(unknownFieldErrors([misspelt]).join('\n')).toMatch(/'"replica"' does not exist in type 'IDeploymentSpec'/);
  }, 60_000);

  it('wire the Deployment to the ConfigMap, the Secret, the Service and the autoscaler by name', () => {
    const refs = container?.envFrom?.map((e) => e.configMapRef?.name ?? e.secretRef?.name);
    expect(refs).toEqual([configMap.metadata.name, secret.metadata.name]);
    const labels = deployment.spec?.template.metadata?.labels ?? {};
    const service = only<{ spec: { selector: Record<string, string>; ports: Array<{ targetPort: string }> } }>(
      'Service',
    );
    expect(labels).toMatchObject(service.spec.selector);
    expect(container?.ports?.map((p) => p.name)).toContain(service.spec.ports[0].targetPort);
    const pdb = only<{ spec: { selector: { matchLabels: Record<string, string> } } }>('PodDisruptionBudget');
    expect(labels).toMatchObject(pdb.spec.selector.matchLabels);
    const hpa = only<{ spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number } }>(
      'HorizontalPodAutoscaler',
    );
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata?.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it('wire the replicas to the Redis of the recipe, each taking 1/maxReplicas of a budget while it is away', () => {
    const redis = only<{ spec: { ports: Array<{ port: number; targetPort: string }> } }>('Service', 'usergraph-redis');
    const redisPod = only<IDeployment>('Deployment', 'usergraph-redis').spec?.template;
    const url = new URL(configMap.data.REDIS_URL);
    expect(url.hostname).toBe(redis.metadata.name);
    expect(Number(url.port)).toBe(redis.spec.ports[0].port);
    expect(redisPod?.spec?.containers[0].ports?.map((p) => p.name)).toContain(redis.spec.ports[0].targetPort);
    expect(redisPod?.metadata?.labels).toMatchObject({ 'app.kubernetes.io/name': redis.metadata.name });
    const hpa = only<{ spec: { maxReplicas: number } }>('HorizontalPodAutoscaler');
    expect(Number(configMap.data.CLUSTER_REPLICAS)).toBe(hpa.spec.maxReplicas);
    expect(loadConfig(configMap.data).cluster).toMatchObject({ replicas: hpa.spec.maxReplicas, sharedState: true });
  });
});

describe('what the recipe names exists in the gateway', () => {
  const dockerEnv = [...dockerfile.matchAll(/^ENV\s+((?:[A-Z_]+=\S+\s*\\?\s*)+)/gm)].flatMap((m) =>
    [...m[1].matchAll(/([A-Z][A-Z0-9_]*)=/g)].map((v) => v[1]),
  );
  const manifestEnv = [
    ...Object.keys(configMap.data),
    ...Object.keys(secret.stringData),
    ...(container?.env ?? []).map((e) => e.name),
  ];

  it('every environment variable is a row of the configuration table', () => {
    expect(dockerEnv).toEqual(['NODE_ENV', 'PORT']);
    expect([...dockerEnv, ...manifestEnv].filter((name) => !documented.has(name))).toEqual([]);
  });

  it('the ConfigMap (with the Secret) is a configuration the gateway accepts', () => {
    const config = loadConfig({ ...configMap.data, ...secret.stringData, AUTH_MODE: 'client-credentials' });
    expect(config.upstream.kind).toBe('remote');
    expect(loadConfig(configMap.data).port).toBe(4000);
  });

  it('one port everywhere: PORT, the container port, EXPOSE, the HEALTHCHECK default', () => {
    const port = Number(configMap.data.PORT);
    expect(documented.has('PORT')).toBe(true);
    expect(container?.ports?.map((p) => p.containerPort)).toEqual([port]);
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${port}$`, 'm'));
    expect(dockerfile).toMatch(new RegExp(`PORT=${port}\\b`));
    expect(dockerfile).toContain(`process.env.PORT || ${port}`);
  });

  it('every probe path is documented and answered 200 by a running gateway', async () => {
    const paths = [container?.readinessProbe, container?.livenessProbe, container?.startupProbe].map(
      (p) => p?.httpGet?.path ?? '',
    );
    expect(paths).toEqual(['/readyz', '/healthz', '/healthz']);
    const healthcheck = /HEALTHCHECK[\s\S]*?'(\/\w+)'/.exec(dockerfile)?.[1];
    expect(healthcheck).toBe('/healthz');
    const h = await startHarness();
    try {
      for (const probe of [...paths, healthcheck]) {
        expect(configSection).toContain(`\`${probe}\``);
        const response = await fetch(new URL(probe ?? '', h.gateway.url));
        expect({ probe, status: response.status }).toEqual({ probe, status: 200 });
      }
    } finally {
      await h.close();
    }
  });
});

describe('shutdown timings and hardening', () => {
  it('the grace period covers preStop, SHUTDOWN_DELAY_MS and SHUTDOWN_TIMEOUT_MS, with a margin', () => {
    const preStop = container?.lifecycle?.preStop?.sleep?.seconds ?? 0;
    const drainSeconds = (Number(configMap.data.SHUTDOWN_DELAY_MS) + Number(configMap.data.SHUTDOWN_TIMEOUT_MS)) / 1000;
    const grace = deployment.spec?.template.spec?.terminationGracePeriodSeconds ?? 30;
    expect(preStop).toBeGreaterThan(0);
    expect(drainSeconds).toBeGreaterThan(0);
    expect(grace).toBeGreaterThanOrEqual(preStop + drainSeconds + 1);
  });

  it('runs as non-root on a read-only root filesystem, with resources and no privileges', () => {
    const pod = deployment.spec?.template.spec;
    expect(pod?.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod?.securityContext?.runAsUser).toBeGreaterThan(0);
    expect(container?.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(container?.resources?.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container?.resources?.limits).toMatchObject({ memory: expect.any(String) });
  });

  it('the Dockerfile builds in stages and runs node (not npm) as a non-root user on Node 24, with a HEALTHCHECK', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24-[a-z]+-slim$/m);
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/index.js"\]$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect([...runtime.matchAll(/^COPY (.*)$/gm)].map((m) => m[1])).toEqual([
      '--from=deps /app/node_modules ./node_modules',
      '--from=build /app/dist ./dist',
    ]);
  });

  it('.dockerignore keeps local builds, dependencies and secrets out of the build context', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git', '.env']));
  });
});
