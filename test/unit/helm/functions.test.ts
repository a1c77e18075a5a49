/** Helm and Sprig functions as charts use them; expected values follow Helm's and Sprig's documentation. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from './render-support';

test('nindent and indent pad every line, nindent starts with a newline', () => {
  assert.equal(render('x:{{ "a: 1\\nb: 2" | nindent 2 }}'), 'x:\n  a: 1\n  b: 2');
  assert.equal(render('{{ "a\\nb" | indent 4 }}'), '    a\n    b');
});

test('toYaml of a map: keys sorted, nested maps indented by two', () => {
  const values = 'resources:\n  requests:\n    memory: 128Mi\n    cpu: 100m\n  limits:\n    cpu: 1\n';
  const t = 'resources:\n  {{- toYaml .Values.resources | nindent 2 }}\n';
  assert.equal(render(t, values), 'resources:\n  limits:\n    cpu: 1\n  requests:\n    cpu: 100m\n    memory: 128Mi\n');
});

test('toYaml of lists: items at their key\'s column, maps inside items continue under the dash', () => {
  const values = 'tolerations:\n  - key: dedicated\n    operator: Equal\n    value: flink\n  - operator: Exists\nargs: [a, b]\n';
  assert.equal(render('{{ toYaml .Values }}', values), 'args:\n- a\n- b\ntolerations:\n- key: dedicated\n  operator: Equal\n  value: flink\n- operator: Exists');
});

test('toYaml quotes what would read back as something else, and writes empty collections inline', () => {
  const values = 'm:\n  a: "true"\n  b: "1.5"\n  c: ""\n  d: "a: b"\n  e: "*.jar"\n  f: s3://bucket/x\n  g: {}\n  h: []\n  i: null\n  j: "0755"\n  k: "2048m"\n  l: "yes"\n';
  assert.equal(render('{{ toYaml .Values.m }}', values), 'a: "true"\nb: "1.5"\nc: ""\nd: \'a: b\'\ne: \'*.jar\'\nf: s3://bucket/x\ng: {}\nh: []\ni: null\nj: "0755"\nk: 2048m\nl: "yes"');
});

test('toYaml writes a multi-line string as a literal block', () => {
  assert.equal(render('c:\n  {{- toYaml .Values.c | nindent 2 }}', 'c:\n  log4j.properties: |\n    a=1\n    b=2\n'), 'c:\n  log4j.properties: |\n    a=1\n    b=2');
});

test('default takes the default for empty values: "", 0, false, empty list and map, missing', () => {
  const values = 'e: ""\nz: 0\nf: false\nl: []\nm: {}\ns: set\nnum: 3\n';
  const t = '{{ range list "e" "z" "f" "l" "m" "missing" "s" "num" }}{{ get $.Values . | default "D" }},{{ end }}';
  assert.equal(render(t, values), 'D,D,D,D,D,D,set,3,');
});

test('values files are YAML 1.1, as go-yaml v2 reads them: yes/on are true, a key n is false', () => {
  assert.equal(render('{{ .Values.a }} {{ .Values.b }} {{ .Values.c }} {{ toYaml .Values.d }}', 'a: yes\nb: on\nc: 0x10\nd:\n  n: 1\n'), 'true true 16 "false": 1');
});

test('numbers from values are float64: large ones print in exponent form, printf %d refuses them', () => {
  assert.equal(render('{{ .Values.a }} {{ .Values.b }} {{ .Values.c }} {{ printf "%d" .Values.a }} {{ int .Values.b }}', 'a: 2\nb: 1000000\nc: 0.5\n'), '2 1e+06 0.5 %!d(float64=2) 1000000');
  assert.equal(render('{{ .Values.big | toYaml }}', 'big: 1000000\n'), '1000000');
});

test('--set values are typed: integers are int64, true/false booleans, the rest strings', () => {
  assert.equal(render('{{ .Values.a }} {{ printf "%d" .Values.a }} {{ kindOf .Values.b }} {{ .Values.c }} {{ .Values.d.e }}', 'd: {}\n', {}, { set: ['a=1000000,b=true', 'c=1.5', 'd.e=x\\,y'] }), '1000000 1000000 bool 1.5 x,y');
});

test('eq refuses to compare a float64 from values with an integer, as Go does', () => {
  assert.match(render('{{ if eq .Values.replicas 1 }}one{{ end }}', 'replicas: 1\n'), /^ERROR: error calling eq: incompatible types for comparison/);
  assert.equal(render('{{ if eq .Values.replicas 1.0 }}one{{ end }}', 'replicas: 1\n'), 'one');
});

test('a field of a missing map fails like Helm; a missing key is empty', () => {
  assert.match(render('{{ .Values.nothing.here }}'), /^ERROR: nil pointer evaluating interface \{\}\.here/);
  assert.equal(render('a: {{ .Values.nothing }}'), 'a: ');
});

test('required fails with its message; fail too', () => {
  assert.equal(render('{{ required "set image.tag" .Values.tag }}'), 'ERROR: set image.tag');
  assert.equal(render('{{ required "x" .Values.tag }}', 'tag: v1\n'), 'v1');
  assert.equal(render('{{ fail "no" }}'), 'ERROR: no');
});

test('strings: quote escapes like Go, squote does not; trunc, trimSuffix, replace, printf', () => {
  assert.equal(render('{{ quote "a\\"b" }} {{ squote "it" }} {{ "abcdef" | trunc 3 }} {{ "abcdef" | trunc -2 }} {{ "name-" | trimSuffix "-" }} {{ "a.b.c" | replace "." "-" }} {{ printf "%s-%v" "x" 3 }}'),
    '"a\\"b" \'it\' abc ef name a-b-c x-3');
  assert.equal(render('{{ upper "flink" }} {{ lower "FLINK" }} {{ title "hello world" }} {{ trim "  x  " }} {{ trimPrefix "v" "v1.2" }} {{ contains "in" "flink" }}'), 'FLINK flink Hello World x 1.2 true');
});

test('dict, list, hasKey, get, set, keys, merge', () => {
  const t = '{{ $d := dict "a" 1 "b" "two" }}{{ hasKey $d "a" }} {{ get $d "b" }} {{ get $d "zz" | quote }} {{ $_ := set $d "c" 3 }}{{ keys $d | sortAlpha | join "," }} {{ list 1 2 3 | len }} {{ (merge (dict "x" 1) (dict "x" 2 "y" 3)) | toJson }}';
  assert.equal(render(t), 'true two "" a,b,c 3 {"x":1,"y":3}');
});

test('math goes through int64; ternary, coalesce, empty, not', () => {
  assert.equal(render('{{ add 1 2 }} {{ sub 5 .Values.x }} {{ mul 2 3 }} {{ div 7 2 }} {{ mod 7 2 }} {{ max 1 5 3 }} {{ add1 .Values.x }} {{ ternary "y" "n" true }} {{ coalesce "" .Values.none "c" }} {{ empty "" }} {{ not 0 }}', 'x: 2\n'),
    '3 3 6 3 1 5 3 y c true true');
});

test('b64enc, b64dec, sha256sum', () => {
  assert.equal(render('{{ b64enc "flink:secret" }} {{ b64dec "ZmxpbmstazhzIQ==" }} {{ sha256sum "abc" }}'), 'Zmxpbms6c2VjcmV0 flink-k8s! ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('semverCompare on the default Kubernetes version, and against pre-releases', () => {
  assert.equal(render('{{ semverCompare ">=1.19-0" .Capabilities.KubeVersion.GitVersion }} {{ semverCompare "<1.19" .Capabilities.KubeVersion.Version }} {{ semverCompare "^1.2" "1.9.0" }} {{ semverCompare "~1.2" "1.3.0" }} {{ semverCompare ">=1.20" "1.25.0-gke.1" }}'), 'true false true false false');
});

test('include renders a define with its own dot (its untrimmed newline too); template writes it in place; tpl renders a string', () => {
  const helpers = '{{- define "demo.name" -}}\n{{ .Chart.Name }}-{{ .Release.Name }}\n{{- end }}\n{{- define "demo.labels" }}\napp: {{ include "demo.name" . }}\n{{- end }}';
  const t = 'name: {{ include "demo.name" . | trunc 63 }}\nlabels:{{- include "demo.labels" . | nindent 2 }}\n{{ template "demo.name" . }}\n{{ tpl .Values.t . }}';
  assert.equal(render(t, 't: "{{ .Release.Namespace }}/{{ .Chart.Version }}"\n', { 'templates/_helpers.tpl': helpers }), 'name: demo-release-name\nlabels:\n  \n  app: demo-release-name\ndemo-release-name\ndefault/1.2.3');
});

test('built-in objects of helm template: Release, Chart, Capabilities, Template, Files', () => {
  const t = '{{ .Release.Name }} {{ .Release.Namespace }} {{ .Release.IsInstall }} {{ .Release.Service }} {{ .Chart.Name }} {{ .Chart.AppVersion }} {{ .Capabilities.APIVersions.Has "flink.apache.org/v1beta1" }} {{ .Template.Name }} {{ .Files.Get "conf/a.txt" }}';
  assert.equal(render(t, '', { 'conf/a.txt': 'hello' }), 'release-name default true Helm demo 1.20 true demo/templates/t.yaml hello');
});

test('lookup has no cluster to read in helm template: an empty map', () => {
  assert.equal(render('{{ (lookup "v1" "Secret" "default" "x") | len }}'), '0');
});

test('round keeps the sign of the fraction, as Sprig does with math.Modf: negatives round down', () => {
  assert.equal(render('{{ round -2.5 0 }} {{ round -2.4 0 }} {{ round -2.0 0 }} {{ round 2.5 0 }} {{ round 2.4 0 }}'), '-3 -3 -2 3 2');
  assert.equal(render('{{ round 1.2345 2 }} {{ round -1.2345 2 }}'), '1.23 -1.24');
});

test('values that look like dates or base-60 times stay strings, as go-yaml v2 reads them into interface{}', () => {
  const values = 'd: 2024-01-01\nts: 2024-01-01T10:00:00Z\nt: 12:30\nf: 1:30.5\nm:\n  2024-01-02: k\n';
  assert.equal(render('{{ .Values.d }} {{ kindOf .Values.d }} {{ .Values.ts }} {{ .Values.t }} {{ kindOf .Values.t }} {{ .Values.f }} {{ keys .Values.m | first }}', values), '2024-01-01 string 2024-01-01T10:00:00Z 12:30 string 1:30.5 2024-01-02');
});
