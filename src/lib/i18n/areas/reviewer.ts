import { defineArea } from './define';

// The reviewer's page of a deliverable: what to decide, what changed, the file itself, and the refusals around it.
export const reviewer = defineArea(
	{
		'reviewer.currentVersion': '当前版本',
		'reviewer.versionLine': '第 {number} 版 · {filename} · {size}',
		'reviewer.uploadedBy': '{name} 上传于 {when}',
		'reviewer.fileHash': '文件指纹 SHA-256',
		'reviewer.fileHashHelp': '签署绑定到这个文件指纹：文件有任何改动，指纹都会不同，已有签署随之作废。',
		'reviewer.download': '下载文件',
		'reviewer.openFile': '在新窗口打开',
		'reviewer.preview': '文件预览',
		'reviewer.previewFrame': '{name} 第 {number} 版预览',
		'reviewer.noPreview': '这种文件（{type}）不能在页面里预览，请下载后查看。',
		'reviewer.noVersion': '还没有上传文件。',
		'reviewer.changes': '自你上次签署以来',
		'reviewer.lastSigned': '你上次签署的是第 {number} 版（{when}，{decision}）。',
		'reviewer.sameVersion': '当前版本就是你签署过的那一版，文件没有变化。',
		'reviewer.neverSigned': '你还没有签署过这个交付物，这是你第一次审阅。',
		'reviewer.newVersions': '此后上传了 {count} 个新版本，差别如下：',
		'reviewer.diff.filename': '文件名',
		'reviewer.diff.size': '大小',
		'reviewer.diff.mediaType': '文件类型',
		'reviewer.diff.hash': '文件指纹',
		'reviewer.diff.note': '版本说明',
		'reviewer.diff.field': '项目',
		'reviewer.diff.then': '你签署的第 {number} 版',
		'reviewer.diff.now': '当前第 {number} 版',
		'reviewer.diff.none': '文件内容相同（指纹一致），只是重新上传。',
		'reviewer.uploadToggle': '上传新版本…',
		'reviewer.voidWarning': '上传新版本会作废以下 {count} 个签署，交付物将重新进入审核：{list}',
		'reviewer.confirmVoid': '我知道上传会作废 {count} 个签署',
		'reviewer.confirmRequired': '上传会作废已有签署：请先勾选确认',
		'reviewer.slotsUnsignable':
			'不能提交审核：{slots}没有可以签署的成员，送审后没有人能签。请先为相应一方添加具有该角色的成员，或调整签署栏位。',
		'reviewer.fixMembers': '去成员页添加成员或分配角色',
		'reviewer.fixSlots': '调整签署栏位'
	},
	{
		'reviewer.currentVersion': 'Current version',
		'reviewer.versionLine': 'Version {number} · {filename} · {size}',
		'reviewer.uploadedBy': 'Uploaded by {name} on {when}',
		'reviewer.fileHash': 'File fingerprint (SHA-256)',
		'reviewer.fileHashHelp':
			'Signatures are bound to this fingerprint: any change to the file gives a different one and voids them.',
		'reviewer.download': 'Download file',
		'reviewer.openFile': 'Open in a new window',
		'reviewer.preview': 'Preview',
		'reviewer.previewFrame': '{name}, version {number}, preview',
		'reviewer.noPreview':
			'This kind of file ({type}) cannot be previewed in the page; download it to read it.',
		'reviewer.noVersion': 'No file has been uploaded yet.',
		'reviewer.changes': 'Since you last signed',
		'reviewer.lastSigned': 'You last signed version {number} ({when}, {decision}).',
		'reviewer.sameVersion': 'The current version is the one you signed; the file has not changed.',
		'reviewer.neverSigned': 'You have not signed this deliverable before: this is your first review.',
		'reviewer.newVersions': '{count} new version(s) since then. What differs:',
		'reviewer.diff.filename': 'File name',
		'reviewer.diff.size': 'Size',
		'reviewer.diff.mediaType': 'File type',
		'reviewer.diff.hash': 'Fingerprint',
		'reviewer.diff.note': 'Version note',
		'reviewer.diff.field': 'What',
		'reviewer.diff.then': 'Version {number} (you signed)',
		'reviewer.diff.now': 'Version {number} (current)',
		'reviewer.diff.none': 'The file is identical (same fingerprint); it was only uploaded again.',
		'reviewer.uploadToggle': 'Upload a new version…',
		'reviewer.voidWarning':
			'Uploading a new version voids these {count} signature(s) and sends the deliverable back into review: {list}',
		'reviewer.confirmVoid': 'I understand the upload voids {count} signature(s)',
		'reviewer.confirmRequired': 'The upload would void signatures: tick the confirmation first',
		'reviewer.slotsUnsignable':
			'Cannot submit for review: nobody can sign as {slots}, so nobody could approve it. Add a member with that role on that side, or change the sign-off slots.',
		'reviewer.fixMembers': 'Add a member or assign the role',
		'reviewer.fixSlots': 'Change the sign-off slots'
	}
);
