// Stops on a Node older than package.json's "engines" with a plain message. Written in old JavaScript on
// purpose: it must parse on the old Node it is there to turn away. server.js imports it first; `npm test`,
// `npm run dev` and `npm run build` run it directly.
'use strict';
var path = require('path');

function parse(version) {
	var m = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version || '');
	return m ? [Number(m[1]), Number(m[2] || 0), Number(m[3] || 0)] : null;
}

function older(a, b) {
	for (var i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i];
	return false;
}

function check() {
	var range = require(path.join(__dirname, '..', 'package.json')).engines.node;
	var needed = parse(range);
	var running = parse(process.versions.node);
	if (needed && running && older(running, needed)) {
		console.error(
			'[workbench] cannot start: this is Node ' +
				process.versions.node +
				', the workbench needs Node ' +
				range +
				'.\n' +
				'  Install a current Node LTS (https://nodejs.org/ or your package manager), then run `npm install` again ' +
				'(native modules are built for one Node version).'
		);
		process.exit(1);
	}
}

check();
