import { test } from 'node:test';
import { checkRule } from '../../support/rules';
import { valid } from '../../support/heads';

const RULE = 'ingress-template';

test('an ingress needs a template that is a URL', () => {
  checkRule(RULE, valid('  ingress:\n# ^^^^^^^ error ingress-template: spec.ingress needs a template\n    className: nginx\n'));
  checkRule(RULE, valid('  ingress:\n    template: "example.com:port"\n#             ^^^^^^^^^^^^^^^^^^ error ingress-template: The ingress template "example.com:port" is not a valid URL\n'));
  checkRule(RULE, valid('  ingress:\n    template: "example.com/{{namespace}}/{{name}}"\n'));
  checkRule(RULE, valid('  ingress:\n    template: "{{name}}.{{namespace}}.flink.k8s.io"\n'));
});
