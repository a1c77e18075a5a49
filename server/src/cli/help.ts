/** What `flink-k8s --help` and `flink-k8s <command> --help` print. */

import { DEFAULT_OPERATOR_VERSION } from '../core/versions/operator-support';
import { size } from '../core/format/numbers';
import { MAX_CLI_INPUT } from './input-limit';

const BOUND = size(MAX_CLI_INPUT);

const OPERATOR = `  --operator-version X.Y   the Flink Kubernetes Operator release to model (default ${DEFAULT_OPERATOR_VERSION}; 1.13
                           to ${DEFAULT_OPERATOR_VERSION} are modelled, another release gets a note on stderr)`;

const INPUT = `  Paths are files or folders (searched recursively for *.yaml and *.yml); - reads standard input,
  e.g. \`helm template . | flink-k8s check -\`.`;

const SETS = `  A folder with Chart.yaml is rendered as \`helm template\` renders it (its values.yaml, then
  --values files and --set values), a folder with a kustomization is built as \`kustomize build\`
  builds it, and findings point at the template, values file, base or patch to change.`;

const SET_OPTIONS = `  --values FILE, -f FILE   a Helm values file for the charts among the paths (repeatable; later wins)
  --set K=V                a Helm --set value for those charts (repeatable)`;

const COMMON = `${OPERATOR}
  --stdin-filename NAME    the name standard input gets in the output (default <stdin>)
  --require-resources      exit 1 when no Flink resource is found at all (a mistyped path in CI)`;

export const USAGE = `Usage:
  flink-k8s report [options] <paths...>
  flink-k8s check  [options] <paths...>
  flink-k8s config [options] <paths...>
  flink-k8s changes [options] BEFORE AFTER
  flink-k8s changes --base <git-ref> [options] [paths...]
  flink-k8s <command> --help
  flink-k8s --version

  report   What the Flink Kubernetes Operator and Flink will create for each Flink resource:
           parallelism, slots, TaskManager and JobManager pods, CPU and memory.
  check    What the operator would reject, silently ignore or what fails at start-up, and sizing
           advice. Exit 1 on errors (or more warnings than --max-warnings, or with
           --require-resources no Flink resource), 0 otherwise.
  config   The flinkConfiguration the operator hands to Flink for each resource, every key with
           where its value comes from and what it replaces or ignores.
  changes  What applying AFTER over BEFORE (or the files over their version at a git ref) does
           to each running resource: nothing, a rescale, a restart from a savepoint or the last
           checkpoint, lost state, or a rejection.

${INPUT}
  report and check render the Helm charts and build the kustomize overlays among the folders.
  Exit 2 for bad usage (no command included), an unreadable file, or more than ${BOUND} of YAML
  in one run.`;

export const HELP = {
  report: `Usage: flink-k8s report [options] <paths...>

  For every FlinkDeployment, FlinkSessionJob and FlinkBlueGreenDeployment: the parallelism, slots,
  TaskManager and JobManager pods, CPU and memory per pod and in total, Flink's memory breakdown,
  and the field or default that decided each number. Values that cannot be known (templates,
  placeholders) are shown as ? and explained.

${INPUT}
${SETS}

Options:
  --format text|json       text for people (default), json for scripts (sizes in bytes)
${SET_OPTIONS}
${COMMON}

Exit status: 0, or 1 with --require-resources and no Flink resource, 2 for bad usage or
unreadable input (more than ${BOUND} of YAML in one run included).`,
  check: `Usage: flink-k8s check [options] <paths...>

  Findings, at the exact YAML node, for what the operator would reject, what it silently ignores,
  what fails when Flink starts, and sizing advice. All files are checked as one set, so a session
  job finds its cluster and an HPA its FlinkDeployment in another file.

${INPUT}
${SETS}

Options:
  --format text|json|sarif one line per finding (default), json, or SARIF 2.1.0 for code scanning
  --max-warnings N         exit 1 when there are more than N warnings
${SET_OPTIONS}
${COMMON}

Exit status: 1 on an error finding, more than --max-warnings warnings, or (with
--require-resources) no Flink resource; 0 otherwise; 2 for bad usage or unreadable input
(more than ${BOUND} of YAML in one run included).`,
  config: `Usage: flink-k8s config [options] <paths...>

  For every FlinkDeployment and FlinkSessionJob: the flinkConfiguration the operator hands to
  Flink, built from the operator's defaults, the resource's own flinkConfiguration and the keys the
  operator writes from spec fields. Each key says where its value comes from and what it replaced;
  keys the operator overwrites or ignores are listed with the value that wins.

${INPUT}

Options:
  --format yaml|json       YAML with a comment per key (default), or json for scripts
${COMMON}

Exit status: 0, or 1 with --require-resources and no Flink resource, 2 for bad usage or
unreadable input (more than ${BOUND} of YAML in one run included).`,
  changes: `Usage: flink-k8s changes [options] BEFORE AFTER
       flink-k8s changes --base <git-ref> [options] [paths...]

  For every resource that differs between BEFORE and AFTER (files or folders, matched by kind,
  namespace and name), or between the files and their version at a git ref: the changed fields,
  the class of the change, what the operator does to the running job, whether its state survives,
  and the projection before and after. Resources that did not change are left out.

Options:
  --format text|json|markdown  text (default), json for scripts, markdown for a pull-request comment
  --base <git-ref>             compare the paths (default: the repository) with their version at
                               this ref, read with git
  --fail-on CLASSES            exit 1 when a change's class is one of these (comma-separated):
                               none, ignore, scale, upgrade, savepoint-redeploy, rejected, create, delete
  --operator-version X.Y       the Flink Kubernetes Operator release to model (default ${DEFAULT_OPERATOR_VERSION}; 1.1 to ${DEFAULT_OPERATOR_VERSION},
                               a newer release is answered as ${DEFAULT_OPERATOR_VERSION} and says so)

Exit status: 1 when a change's class is in --fail-on, 0 otherwise, 2 for bad usage or unreadable
input (more than ${BOUND} of YAML in one run included).`,
} as const;
