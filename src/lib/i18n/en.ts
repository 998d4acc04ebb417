import { app } from './areas/app';
import { nav } from './areas/nav';
import { action } from './areas/action';
import { field } from './areas/field';
import { validation } from './areas/validation';
import { error } from './areas/error';
import { auth } from './areas/auth';
import { settings } from './areas/settings';
import { admin } from './areas/admin';
import { projects } from './areas/projects';
import { project } from './areas/project';
import { members } from './areas/members';
import { work } from './areas/work';
import { dashboard } from './areas/dashboard';
import { phases } from './areas/phases';
import { gate } from './areas/gate';
import { gateEval } from './areas/gate-eval';
import { raid } from './areas/raid';
import { meeting } from './areas/meeting';
import { bpmn } from './areas/bpmn';
import { design } from './areas/design';
import { req } from './areas/req';
import { custom } from './areas/custom';
import { processArea } from './areas/process';
import { interview } from './areas/interview';
import { pain } from './areas/pain';
import { walkthrough } from './areas/walkthrough';
import { coverage } from './areas/coverage';
import { raidXlsx } from './areas/raid-xlsx';
import { change } from './areas/change';
import { raidViews } from './areas/raid-views';
import { raidCore } from './areas/raid-core';
import { tasks } from './areas/tasks';
import { templates } from './areas/templates';
import { kickoff } from './areas/kickoff';
import { readiness } from './areas/readiness';
import { vision } from './areas/vision';
import { threeC } from './areas/three-c';
import { document } from './areas/document';
import { raci } from './areas/raci';
import { plan } from './areas/plan';
import { gantt } from './areas/gantt';
import { mspdi } from './areas/mspdi';
import { feed } from './areas/feed';
import { calendar } from './areas/calendar';
import { signable } from './areas/signable';
import { review } from './areas/review';
import { decision } from './areas/decision';
import { meaning } from './areas/meaning';
import { signoff } from './areas/signoff';
import { history } from './areas/history';
import { deliverables } from './areas/deliverables';
import { queue } from './areas/queue';
import { notifications } from './areas/notifications';
import { notify } from './areas/notify';
import { integrity } from './areas/integrity';
import { reviewer } from './areas/reviewer';
import { timeZone } from './areas/time-zone';
import { signoffSettings } from './areas/signoff-settings';
import { documents } from './areas/documents';
import { doc } from './areas/doc';
import { handover } from './areas/handover';
import { limits } from './areas/limits';
import { account } from './areas/account';
import { token } from './areas/token';
import { register } from './areas/register';
import { mail } from './areas/mail';
import { sideRequests } from './areas/side-requests';
import { invitations } from './areas/invitations';
import { gettingStarted } from './areas/getting-started';
import { request } from './areas/request';
import { label } from './areas/label';
import { rollup } from './areas/rollup';
import { steering } from './areas/steering';
import { designDoc } from './areas/design-doc';
import { testing } from './areas/testing';
import { trace } from './areas/trace';
import { testRun } from './areas/run';
import { testCycle } from './areas/cycle';
import { defect } from './areas/defect';
import { testFigures } from './areas/tfig';
import { treport } from './areas/treport';
import type { Messages } from './zh-CN';
import { testCase } from './areas/tcase';
import { testXlsx } from './areas/txlsx';

export const en: Messages = {
	...app.en,
	...nav.en,
	...action.en,
	...field.en,
	...validation.en,
	...error.en,
	...auth.en,
	...settings.en,
	...admin.en,
	...projects.en,
	...project.en,
	...members.en,
	...work.en,
	...dashboard.en,
	...phases.en,
	...gate.en,
	...gateEval.en,
	...raid.en,
	...meeting.en,
	...bpmn.en,
	...design.en,
	...req.en,
	...custom.en,
	...processArea.en,
	...interview.en,
	...pain.en,
	...walkthrough.en,
	...coverage.en,
	...raidXlsx.en,
	...change.en,
	...raidViews.en,
	...raidCore.en,
	...tasks.en,
	...templates.en,
	...kickoff.en,
	...readiness.en,
	...vision.en,
	...threeC.en,
	...document.en,
	...raci.en,
	...plan.en,
	...gantt.en,
	...mspdi.en,
	...feed.en,
	...calendar.en,
	...signable.en,
	...review.en,
	...decision.en,
	...meaning.en,
	...signoff.en,
	...history.en,
	...deliverables.en,
	...queue.en,
	...notifications.en,
	...notify.en,
	...integrity.en,
	...reviewer.en,
	...timeZone.en,
	...signoffSettings.en,
	...documents.en,
	...doc.en,
	...handover.en,
	...limits.en,
	...account.en,
	...token.en,
	...register.en,
	...mail.en,
	...sideRequests.en,
	...invitations.en,
	...gettingStarted.en,
	...request.en,
	...label.en,
	...rollup.en,
	...steering.en,
	...designDoc.en,
	...testing.en,
	...trace.en,
	...testRun.en,
	...testCycle.en,
	...testCase.en,
	...defect.en,
	...testFigures.en,
	...treport.en,
	...testCase.en,
	...testXlsx.en
};
