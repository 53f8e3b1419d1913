import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  basicAuthorization, entityLabel, entityRows, formatBytes, signInOutcome, uploadOutcome, uploadUrl,
} from '../src/lib/upload.js';

test('HTTP Basic credentials are UTF-8, base64', () => {
  assert.equal(basicAuthorization('editor', 'pw'), 'Basic ZWRpdG9yOnB3');
  assert.equal(basicAuthorization('編輯', 'pä'), `Basic ${Buffer.from('編輯:pä', 'utf8').toString('base64')}`);
});

test('upload URLs carry names in any script and the optional encoding', () => {
  assert.equal(uploadUrl('會議 報告.md'), '/api/reports?name=%E6%9C%83%E8%AD%B0+%E5%A0%B1%E5%91%8A.md');
  assert.equal(uploadUrl('a&b=c.txt', 'Big5'), '/api/reports?name=a%26b%3Dc.txt&encoding=Big5');
});

test('sign-in outcomes: wrong password, no editor role, writes off, signed in', () => {
  assert.deepEqual(signInOutcome(401, null), { ok: false, message: 'Wrong user name or password.' });
  assert.deepEqual(signInOutcome(200, { user: 'reader', mayWrite: false, writesEnabled: true }),
    { ok: false, message: 'reader may not upload reports: that needs the editor role.' });
  assert.equal(signInOutcome(200, { user: null, mayWrite: false, writesEnabled: false }).message,
    'Uploads are disabled on this server: no users or API keys are configured.');
  assert.deepEqual(signInOutcome(200, { user: 'editor', mayWrite: true, writesEnabled: true }),
    { ok: true, message: 'Signed in as editor.', user: 'editor' });
  assert.equal(signInOutcome(503, null).message, 'The server could not check the sign-in (HTTP 503).');
});

test('upload outcomes: loaded, rejected with the server’s line, too large, network, signed out', () => {
  assert.deepEqual(uploadOutcome(201, '{"report":"r","entities":{}}'), { state: 'done', result: { report: 'r', entities: {} } });
  assert.deepEqual(uploadOutcome(400, '{"status":400,"error":"x.png: not a supported report type"}'),
    { state: 'failed', error: 'x.png: not a supported report type' });
  assert.deepEqual(uploadOutcome(413, '{"status":413,"error":"request body of 9 bytes is larger than the limit of 8 bytes"}'),
    { state: 'failed', error: 'request body of 9 bytes is larger than the limit of 8 bytes' });
  assert.deepEqual(uploadOutcome(0, ''), { state: 'failed', error: 'The upload did not reach the server (network error).' });
  assert.equal(uploadOutcome(401, '{"status":401,"error":"bad credentials"}').signOut, true);
  assert.deepEqual(uploadOutcome(502, '<html>'), { state: 'failed', error: 'HTTP 502' });
});

test('entities largest first, labelled in plain words', () => {
  assert.deepEqual(entityRows({ Person: 5, Project: 3, Meeting: 1, Event: 1 }),
    [['Person', 5], ['Project', 3], ['Event', 1], ['Meeting', 1]]);
  assert.equal(entityLabel('Project', 1), '1 project');
  assert.equal(entityLabel('Project', 4), '4 projects');
  assert.equal(entityLabel('Policy', 2), '2 policies');
  assert.equal(entityLabel('Person', 5), '5 people');
  assert.equal(entityLabel('ContactPerson', 2), '2 contact people');
  assert.equal(entityLabel('ExtractionIssue', 2), '2 extraction issues');
  assert.equal(entityLabel('Address', 3), '3 addresses');
});

test('sizes', () => {
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(1536), '1.5 KB');
  assert.equal(formatBytes(3 * 1024 * 1024), '3.0 MB');
});
