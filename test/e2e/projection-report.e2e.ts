/**
 * The projection and report views in a real VS Code: rendered webviews (their pages report back
 * what they drew), never an untitled Markdown document; the projection follows edits; the report
 * fits its panel, saves as Markdown, JSON and CSV, and closes without asking to save anything.
 */

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, file, open, until } from './support';

const webviewTabs = (viewType: string) => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes(viewType));
const untitledMarkdown = () => vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.languageId === 'markdown');

suite('Projection and report views', () => {
  test('Show Projection renders the picked resource beside the editor and follows edits', async () => {
    const flink = await api();
    const doc = await open('orders.yaml');
    await vscode.commands.executeCommand('flinkK8s.showProjection', doc.uri.toString(), 0);
    const rendered = await until(() => flink.views().projection?.rendered, 'the projection page to render');
    assert.deepEqual([rendered.view, rendered.items, rendered.fits], ['projection', 1, true]);
    assert.match(rendered.text, /FlinkDeployment flink\/orders-enrichment/);
    assert.match(rendered.text, /TaskManagers\s+5 × 4 slots = 20 slots \(2 idle\)/);
    assert.match(rendered.text, /managed\s+1\.34 GiB/);
    assert.doesNotMatch(rendered.text, /\\[-_.()]|\|---/, 'no Markdown source');
    assert.equal(webviewTabs('flinkK8s.projection').length, 1);
    assert.deepEqual(untitledMarkdown(), []);

    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const line = doc.getText().split('\n').findIndex((l) => l.includes('taskmanager.numberOfTaskSlots'));
    await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, doc.lineAt(line).text.length), '    taskmanager.numberOfTaskSlots: "2"'));
    await until(() => (/TaskManagers\s+9 × 2 slots/.test(flink.views().projection?.rendered?.text ?? '') ? true : undefined), 'the projection to follow the edit');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    for (const tab of webviewTabs('flinkK8s.projection')) await vscode.window.tabGroups.close(tab);
  });

  test('Resource Report is a read-only view that fits, saves as Markdown, JSON and CSV, and closes quietly', async () => {
    const flink = await api();
    // One editor group in the test window (1400 px wide, sidebar open): the report gets what a
    // user's editor area has, less than a 1440 px window would give it.
    await vscode.commands.executeCommand('workbench.action.editorLayoutSingle');
    await vscode.commands.executeCommand('flinkK8s.resourceReport', 'workspace');
    const rendered = await until(() => flink.views().report?.rendered, 'the report page to render');
    // The four plain resources and the one the workspace's Helm chart renders (test/e2e/workspace/chart).
    assert.deepEqual([rendered.view, rendered.items, rendered.fits], ['report', 5, true], `${rendered.width} px wide`);
    assert.match(rendered.text, /flink\/orders-enrichment\s+FlinkDeployment\s+native\s+6\s+5 × 4\s+6\s+11\s+22 GiB/);
    assert.equal(webviewTabs('flinkK8s.report').length, 1);
    assert.deepEqual(untitledMarkdown(), [], 'no untitled document to save');

    const saved: Record<string, string> = {};
    for (const [format, name] of [['markdown', 'report.md'], ['json', 'report.json'], ['csv', 'report.csv']] as const) {
      const target = file(name);
      assert.equal((await flink.views().saveReport(format, target))?.toString(), target.toString());
      saved[format] = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      await vscode.workspace.fs.delete(target);
    }
    assert.match(saved.markdown ?? '', /^# Flink resources: workspace\n/);
    assert.deepEqual((JSON.parse(saved.json ?? '{}') as { resources: Array<{ name: string }> }).resources.map((r) => r.name).sort(), ['clicks', 'conflict', 'orders-enrichment', 'release-name-demo', 'sessions']);
    assert.match(saved.csv ?? '', /^"file","line","namespace","name","kind",/);

    for (const tab of webviewTabs('flinkK8s.report')) await vscode.window.tabGroups.close(tab);
    assert.equal(webviewTabs('flinkK8s.report').length, 0);
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()), []);
    assert.equal(flink.views().report, undefined, 'closed for good: nothing reappears');
  });
});
