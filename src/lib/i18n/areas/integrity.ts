import { defineArea } from './define';

export const integrity = defineArea(
	{
		'integrity.tab': '完整性校验',
		'integrity.title': '完整性校验',
		'integrity.help':
			'重新计算每个交付物文件的 SHA-256、每个签署的密钥封印、每个审核轮次的状态、每个已签署对象的当前内容哈希，以及审计日志的密钥哈希链，并与保存在数据库之外的锚点文件比对。任何绕过系统对数据库的改动都会在这里显示。',
		'integrity.ok': '全部一致，未发现篡改',
		'integrity.rerun': '重新校验',
		'integrity.problems': '发现 {count} 处不一致',
		'integrity.checked':
			'已校验 {versions} 个文件版本、{signoffs} 个签署、{objects} 个已签署对象、{audit} 条审计记录',
		'integrity.kind.versionHash': '交付物文件内容与记录的 SHA-256 不符（第 {number} 版）',
		'integrity.kind.signoffAltered': '签署记录 {id} 在写入后被改动',
		'integrity.kind.signoffWithoutAudit': '签署记录 {id} 没有对应的审计记录',
		'integrity.kind.signoffMissing': '审计记录 #{seq} 中的签署 {id} 已不存在',
		'integrity.kind.contentChanged': '已签署的{type}在系统之外被修改，签署 {id} 与当前内容不符',
		'integrity.kind.chainBroken': '审计哈希链在第 {seq} 条处断裂',
		'integrity.kind.chainDowngraded':
			'审计记录 #{seq} 没有用完整性密钥封印，却写于启用密钥之后：它是在系统之外伪造或改写的',
		'integrity.kind.roundAltered': '{type}的审核轮次 {id} 状态为「{status}」，而审计链记录的是「{expected}」',
		'integrity.kind.roundWithoutAudit': '{type}审核轮次 {id} 没有对应的审计记录',
		'integrity.kind.keyMissing': '缺少完整性密钥 {keyId}：用它封印的记录无法校验，请从密钥备份中恢复该密钥',
		'integrity.kind.anchorMismatch':
			'审计链与 {at} 写入的外部锚点（第 {seq} 条）不符：记录被删除、截断或改写（共 {count} 个锚点不符）',
		'integrity.kind.anchorInvalid': '锚点文件第 {line} 行无效或被篡改',
		'integrity.kind.anchorMissing': '已有签署，却找不到本项目的外部锚点：锚点文件丢失、无法读取或被替换',
		'integrity.anchor.latest': '最新外部锚点：{at}，截至第 {seq} 条审计记录，链头 {head}',
		'integrity.anchor.none': '本项目尚无外部锚点（首次签署或下一次定时锚定时写入）',
		'integrity.anchor.unanchored': '此后又有 {count} 条审计记录，将在下一次锚定时写入',
		'integrity.legacy':
			'{audit} 条审计记录和 {signoffs} 个签署写于启用完整性密钥之前，只能按旧方式（无密钥哈希）校验其顺序',
		'integrity.keys': '当前密钥 {current}；本项目的记录用到：{used}',
		'integrity.checkedMore': '另核对 {rounds} 个审核轮次、{anchors} 个外部锚点'
	},
	{
		'integrity.tab': 'Integrity',
		'integrity.title': 'Integrity check',
		'integrity.help':
			"Recomputes every deliverable file's SHA-256, every signature's keyed seal, every review round's status, every signed object's current content hash and the audit log's keyed hash chain, and compares the chain with the anchor file kept outside the database. Any change made to the database behind the app's back shows up here.",
		'integrity.ok': 'Everything matches; no tampering found',
		'integrity.rerun': 'Check again',
		'integrity.problems': '{count} mismatches found',
		'integrity.checked':
			'Checked {versions} file versions, {signoffs} signatures, {objects} signed objects and {audit} audit rows',
		'integrity.kind.versionHash':
			'A deliverable file no longer matches its recorded SHA-256 (version {number})',
		'integrity.kind.signoffAltered': 'Signature {id} was altered after it was written',
		'integrity.kind.signoffWithoutAudit': 'Signature {id} has no audit record',
		'integrity.kind.signoffMissing': 'Signature {id} named by audit row #{seq} no longer exists',
		'integrity.kind.contentChanged':
			'A signed {type} was changed outside the app; signature {id} no longer matches it',
		'integrity.kind.chainBroken': 'The audit hash chain breaks at row {seq}',
		'integrity.kind.chainDowngraded':
			'Audit row #{seq} is not sealed with an integrity key although it was written after keys were introduced: it was forged or rewritten outside the app',
		'integrity.kind.roundAltered':
			'Review round {id} of a {type} says "{status}", but the audit chain recorded "{expected}"',
		'integrity.kind.roundWithoutAudit': 'Review round {id} of a {type} has no audit record',
		'integrity.kind.keyMissing':
			'Integrity key {keyId} is missing: the records sealed with it cannot be verified; restore it from the key backup',
		'integrity.kind.anchorMismatch':
			'The audit chain no longer matches the external anchor written {at} (row {seq}): rows were deleted, truncated or rewritten ({count} anchors disagree)',
		'integrity.kind.anchorInvalid': 'Line {line} of the anchor file is invalid or was tampered with',
		'integrity.kind.anchorMissing':
			'The project has signatures but no external anchor: the anchor file was lost, cannot be read or was replaced',
		'integrity.anchor.latest': 'Latest external anchor: {at}, up to audit row {seq}, chain head {head}',
		'integrity.anchor.none':
			'No external anchor yet (written at the first signature or the next scheduled anchoring)',
		'integrity.anchor.unanchored': '{count} audit rows since, to be anchored next',
		'integrity.legacy':
			'{audit} audit rows and {signoffs} signatures predate integrity keys: only their order can be verified (unkeyed hash)',
		'integrity.keys': "Current key {current}; this project's records use: {used}",
		'integrity.checkedMore': 'Also checked {rounds} review rounds and {anchors} external anchors'
	}
);
