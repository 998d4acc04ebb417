import { defineArea } from './define';

export const deliverables = defineArea(
	{
		'deliverables.tab': '交付物',
		'deliverables.title': '交付物与签署',
		'deliverables.help':
			'每次上传都生成一个不可更改的新版本并记录其 SHA-256。提交审核后，双方负责人对当前版本签署。',
		'deliverables.name': '交付物',
		'deliverables.latest': '最新版本',
		'deliverables.state': '审核状态',
		'deliverables.none': '尚无版本',
		'deliverables.file': '文件',
		'deliverables.note': '版本说明',
		'deliverables.upload': '上传新版本',
		'deliverables.uploaded': '已上传第 {number} 版',
		'deliverables.versions': '版本',
		'deliverables.version': '第 {number} 版',
		'deliverables.filename': '文件名',
		'deliverables.size': '大小',
		'deliverables.uploadedBy': '上传人',
		'deliverables.download': '下载',
		'deliverables.source.upload': '上传',
		'deliverables.source.generated': '系统生成',
		'deliverables.fileRequired': '请选择要上传的文件',
		'deliverables.fileEmpty': '文件是空的',
		'deliverables.fileTooLarge': '文件超过 20 MB 上限'
	},
	{
		'deliverables.tab': 'Deliverables',
		'deliverables.title': 'Deliverables and sign-off',
		'deliverables.help':
			"Each upload becomes a new, immutable version with its SHA-256. Once submitted, both sides' leads sign the current version.",
		'deliverables.name': 'Deliverable',
		'deliverables.latest': 'Latest version',
		'deliverables.state': 'Review',
		'deliverables.none': 'No versions yet',
		'deliverables.file': 'File',
		'deliverables.note': 'Version note',
		'deliverables.upload': 'Upload a new version',
		'deliverables.uploaded': 'Version {number} uploaded',
		'deliverables.versions': 'Versions',
		'deliverables.version': 'Version {number}',
		'deliverables.filename': 'File name',
		'deliverables.size': 'Size',
		'deliverables.uploadedBy': 'Uploaded by',
		'deliverables.download': 'Download',
		'deliverables.source.upload': 'Uploaded',
		'deliverables.source.generated': 'Generated',
		'deliverables.fileRequired': 'Choose a file to upload',
		'deliverables.fileEmpty': 'The file is empty',
		'deliverables.fileTooLarge': 'The file is over the 20 MB limit'
	}
);
