import { defineArea } from './define';

// Side-change requests between the parties.
export const sideRequests = defineArea(
	{
		'sideRequests.title': '待确认的所属方变更',
		'sideRequests.request': '申请变更所属方',
		'sideRequests.requestOf': '申请变更 {name} 的所属方',
		'sideRequests.toSide': '变更为',
		'sideRequests.submit': '提交申请',
		'sideRequests.requested': '已提交所属方变更申请，待另一方的项目经理或负责人确认',
		'sideRequests.item': '{name}：{from} → {to}（{requester} 申请于 {when}）',
		'sideRequests.awaiting': '待{sides}的项目经理或负责人确认',
		'sideRequests.approveOf': '同意 {name} 的所属方变更',
		'sideRequests.declineOf': '拒绝 {name} 的所属方变更',
		'sideRequests.withdrawOf': '撤回 {name} 的所属方变更申请',
		'sideRequests.approved': '所属方变更已生效',
		'sideRequests.declined': '已拒绝所属方变更申请',
		'sideRequests.withdrawn': '已撤回所属方变更申请',
		'sideRequests.sameSide': '新的所属方与当前所属方相同',
		'sideRequests.pendingExists': '该成员已有一项待确认的所属方变更申请',
		'sideRequests.notPending': '该申请已处理或已撤回',
		'sideRequests.requesterOnly': '只有申请人可以撤回该申请',
		'sideRequests.otherSideOnly':
			'只能由申请人以外另一方的项目经理或负责人确认此变更，且不能是变更所涉成员本人',
		'sideRequests.needs.client': '只能由甲方的项目经理或负责人确认此变更，且不能是变更所涉成员本人',
		'sideRequests.needs.vendor': '只能由乙方的项目经理或负责人确认此变更，且不能是变更所涉成员本人',
		'sideRequests.needs.consultant': '只能由顾问方的项目经理或负责人确认此变更，且不能是变更所涉成员本人',
		'sideRequests.sideMoved': '该成员的所属方已经变化，此申请不再适用'
	},
	{
		'sideRequests.title': 'Side changes awaiting approval',
		'sideRequests.request': 'Request a side change',
		'sideRequests.requestOf': 'Request a side change for {name}',
		'sideRequests.toSide': 'Move to',
		'sideRequests.submit': 'Submit request',
		'sideRequests.requested':
			'Side change requested; a project manager or lead of the other side has to approve it',
		'sideRequests.item': '{name}: {from} → {to} (requested by {requester} on {when})',
		'sideRequests.awaiting': 'Awaiting a project manager or lead of: {sides}',
		'sideRequests.approveOf': "Approve {name}'s side change",
		'sideRequests.declineOf': "Decline {name}'s side change",
		'sideRequests.withdrawOf': 'Withdraw the side change request for {name}',
		'sideRequests.approved': 'The side change has taken effect',
		'sideRequests.declined': 'Side change request declined',
		'sideRequests.withdrawn': 'Side change request withdrawn',
		'sideRequests.sameSide': 'The new side is the member’s current side',
		'sideRequests.pendingExists': 'This member already has a side change request awaiting approval',
		'sideRequests.notPending': 'This request has already been decided or withdrawn',
		'sideRequests.requesterOnly': 'Only the person who made the request can withdraw it',
		'sideRequests.otherSideOnly':
			"Only a project manager or lead of a side other than the requester's can approve this change, and never the member it moves",
		'sideRequests.needs.client':
			'Only a client-side project manager or lead can approve this change, and never the member it moves',
		'sideRequests.needs.vendor':
			'Only a vendor-side project manager or lead can approve this change, and never the member it moves',
		'sideRequests.needs.consultant':
			'Only a consultant-side project manager or lead can approve this change, and never the member it moves',
		'sideRequests.sideMoved': "The member's side has changed since; this request no longer applies"
	}
);
