"use strict";(self.rspackChunkjupyter_leetarxiv=self.rspackChunkjupyter_leetarxiv||[]).push([[232],{475(e,r,o){var t=o(601),i=o.n(t),n=o(314),p=(o.n(n))()(i());p.push([e.id,`/*
 * The LeetArxiv panel. Colours come from JupyterLab's theme variables only, so the panel
 * follows the light, dark and high-contrast themes.
 */

.jp-LeetArxiv-panel {
  --jp-LeetArxiv-gap: 8px;

  min-width: 280px;
  color: var(--jp-ui-font-color1);
  background: var(--jp-layout-color1);
  font-size: var(--jp-ui-font-size1);
}

.jp-LeetArxiv-panel .jp-AccordionPanel-title {
  text-transform: none;
}

.jp-LeetArxiv-browser,
.jp-LeetArxiv-problemView,
.jp-LeetArxiv-submissions {
  overflow: auto;
}

.jp-LeetArxiv-submissions {
  container-type: inline-size;
}

/* A narrow panel drops the memory column rather than cut the verdicts off. */
@container (max-width: 340px) {
  .jp-LeetArxiv-colMemory {
    display: none;
  }
}

.jp-LeetArxiv-placeholder {
  padding: var(--jp-LeetArxiv-gap) 12px;
  color: var(--jp-ui-font-color2);
}

.jp-LeetArxiv-error {
  margin: var(--jp-LeetArxiv-gap) 12px;
  padding: 6px 8px;
  border-left: 3px solid var(--jp-error-color1);
  background: var(--jp-layout-color2);
  color: var(--jp-ui-font-color1);
}

/* Problem browser */

.jp-LeetArxiv-filters {
  position: sticky;
  top: 0;
  z-index: 1;
  display: flex;
  flex-direction: column;
  gap: 6px;
  padding: var(--jp-LeetArxiv-gap) 12px;
  background: var(--jp-layout-color1);
  border-bottom: var(--jp-border-width) solid var(--jp-border-color2);
}

.jp-LeetArxiv-search {
  width: 100%;
  box-sizing: border-box;
}

.jp-LeetArxiv-facets {
  display: flex;
  gap: 6px;
}

.jp-LeetArxiv-facets .jp-LeetArxiv-select {
  flex: 1 1 0;
  min-width: 0;
}

.jp-LeetArxiv-panel .jp-HTMLSelect.jp-LeetArxiv-select {
  padding: 0;
}

.jp-LeetArxiv-panel .jp-HTMLSelect.jp-LeetArxiv-select select {
  width: 100%;
  height: 26px;
  padding: 0 22px 0 6px;
  border: var(--jp-border-width) solid var(--jp-border-color1);
  border-radius: 2px;
  background-color: var(--jp-input-background);
  color: var(--jp-ui-font-color0);
}

.jp-LeetArxiv-panel .jp-HTMLSelect.jp-LeetArxiv-select select:focus {
  border-color: var(--jp-input-active-border-color);
  outline: none;
}

.jp-LeetArxiv-panel input.jp-mod-styled {
  height: 26px;
  padding: 0 6px;
  border: var(--jp-border-width) solid var(--jp-border-color1);
  border-radius: 2px;
  background: var(--jp-input-background);
  color: var(--jp-ui-font-color0);
  font-size: var(--jp-ui-font-size1);
}

.jp-LeetArxiv-panel input.jp-mod-styled:focus {
  border-color: var(--jp-input-active-border-color);
  box-shadow: var(--jp-input-box-shadow);
  outline: none;
}

.jp-LeetArxiv-count {
  display: flex;
  justify-content: space-between;
  color: var(--jp-ui-font-color2);
  font-size: var(--jp-ui-font-size0);
}

.jp-LeetArxiv-link {
  padding: 0;
  border: none;
  background: none;
  color: var(--jp-content-link-color);
  font-size: inherit;
  cursor: pointer;
}

.jp-LeetArxiv-problemList,
.jp-LeetArxiv-submissionList {
  margin: 0;
  padding: 0;
  list-style: none;
}

.jp-LeetArxiv-problem {
  display: flex;
  flex-direction: column;
  gap: 2px;
  width: 100%;
  padding: 6px 12px;
  border: none;
  border-left: 3px solid transparent;
  border-bottom: var(--jp-border-width) solid var(--jp-border-color3);
  background: transparent;
  color: var(--jp-ui-font-color1);
  font: inherit;
  text-align: left;
  cursor: pointer;
}

.jp-LeetArxiv-problem:hover {
  background: var(--jp-layout-color2);
}

.jp-LeetArxiv-problem.jp-mod-selected {
  border-left-color: var(--jp-brand-color1);
  background: var(--jp-layout-color2);
}

.jp-LeetArxiv-problem:focus-visible,
.jp-LeetArxiv-submissionHeader:focus-visible,
.jp-LeetArxiv-panel pre:focus-visible,
.jp-LeetArxiv-link:focus-visible,
.jp-LeetArxiv-statusButton:focus-visible {
  outline: 2px solid var(--jp-brand-color1);
  outline-offset: -2px;
}

.jp-LeetArxiv-problemName {
  font-weight: 600;
}

.jp-LeetArxiv-problemPaper {
  overflow: hidden;
  color: var(--jp-ui-font-color2);
  font-size: var(--jp-ui-font-size0);
  text-overflow: ellipsis;
  white-space: nowrap;
}

.jp-LeetArxiv-chips {
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
}

.jp-LeetArxiv-chip {
  padding: 0 6px;
  border-radius: 8px;
  background: var(--jp-layout-color3);
  color: var(--jp-ui-font-color1);
  font-size: var(--jp-ui-font-size0);
  line-height: 16px;
}

.jp-LeetArxiv-difficulty-easy {
  background: var(--jp-success-color1);
  color: var(--jp-ui-inverse-font-color1);
}

.jp-LeetArxiv-difficulty-medium {
  background: var(--jp-warn-color1);
  color: var(--jp-ui-inverse-font-color1);
}

.jp-LeetArxiv-difficulty-hard {
  background: var(--jp-error-color1);
  color: var(--jp-ui-inverse-font-color1);
}

/* Problem view */

.jp-LeetArxiv-header {
  display: flex;
  flex-direction: column;
  gap: 4px;
  padding: var(--jp-LeetArxiv-gap) 12px;
  border-bottom: var(--jp-border-width) solid var(--jp-border-color2);
}

.jp-LeetArxiv-title {
  margin: 0;
  font-size: var(--jp-content-font-size3);
  font-weight: 600;
  line-height: 1.3;
}

.jp-LeetArxiv-paper {
  display: flex;
  flex-direction: column;
}

.jp-LeetArxiv-paper a {
  color: var(--jp-content-link-color);
  text-decoration: none;
}

.jp-LeetArxiv-paper a:hover,
.jp-LeetArxiv-paper a:focus-visible {
  text-decoration: underline;
}

.jp-LeetArxiv-paperMeta,
.jp-LeetArxiv-limits {
  color: var(--jp-ui-font-color2);
  font-size: var(--jp-ui-font-size0);
}

.jp-LeetArxiv-section {
  padding: 0 12px var(--jp-LeetArxiv-gap);
}

.jp-LeetArxiv-section h3 {
  margin: 12px 0 4px;
  color: var(--jp-ui-font-color2);
  font-size: var(--jp-ui-font-size0);
  font-weight: 600;
  letter-spacing: 0.05em;
  text-transform: uppercase;
}

.jp-LeetArxiv-excerpt .jp-LeetArxiv-markdown {
  padding: 4px 10px;
  border-left: 3px solid var(--jp-brand-color2);
  background: var(--jp-layout-color2);
}

.jp-LeetArxiv-markdown.jp-RenderedMarkdown {
  padding-right: 0;
  font-size: var(--jp-content-font-size1);
}

.jp-LeetArxiv-markdown.jp-RenderedHTMLCommon h1 {
  display: none; /* the statement's title repeats the header's */
}

.jp-LeetArxiv-panel pre {
  overflow: auto;
  max-height: 16em;
  margin: 0;
  padding: 4px 6px;
  border: var(--jp-border-width) solid var(--jp-border-color2);
  border-radius: 2px;
  background: var(--jp-cell-editor-background);
  color: var(--jp-content-font-color1);
  font-family: var(--jp-code-font-family);
  font-size: var(--jp-code-font-size);
  line-height: var(--jp-code-line-height);
}

.jp-LeetArxiv-sample {
  margin: 0 0 var(--jp-LeetArxiv-gap);
}

.jp-LeetArxiv-sample figcaption {
  margin-bottom: 2px;
  font-weight: 600;
}

.jp-LeetArxiv-io {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(120px, 1fr));
  gap: 6px;
}

.jp-LeetArxiv-ioLabel {
  margin-bottom: 2px;
  color: var(--jp-ui-font-color2);
  font-size: var(--jp-ui-font-size0);
}

.jp-LeetArxiv-starterBar {
  display: flex;
  align-items: center;
  gap: 6px;
  margin-bottom: 6px;
}

.jp-LeetArxiv-starterBar .jp-LeetArxiv-select {
  flex: 1 1 auto;
  min-width: 0;
}

.jp-LeetArxiv-starterBar button {
  flex: 0 0 auto;
  white-space: nowrap;
}

.jp-LeetArxiv-panel button.jp-mod-styled {
  height: 26px;
  padding: 0 10px;
  border: none;
  border-radius: 2px;
  font-size: var(--jp-ui-font-size1);
  cursor: pointer;
}

.jp-LeetArxiv-panel button.jp-mod-accept {
  background: var(--jp-brand-color1);
  color: var(--jp-ui-inverse-font-color1);
}

.jp-LeetArxiv-panel button.jp-mod-styled:disabled {
  opacity: 0.6;
  cursor: default;
}

.jp-LeetArxiv-panel button.jp-mod-styled:focus-visible {
  outline: 2px solid var(--jp-brand-color0);
  outline-offset: 1px;
}

/* Submissions */

.jp-LeetArxiv-submission {
  border-bottom: var(--jp-border-width) solid var(--jp-border-color2);
}

.jp-LeetArxiv-submissionHeader {
  display: grid;
  grid-template-columns: auto 1fr;
  grid-template-areas:
    'badge status'
    'badge meta';
  column-gap: 8px;
  align-items: center;
  width: 100%;
  padding: 6px 12px;
  border: none;
  background: transparent;
  color: var(--jp-ui-font-color1);
  font: inherit;
  text-align: left;
  cursor: pointer;
}

.jp-LeetArxiv-submissionHeader:hover {
  background: var(--jp-layout-color2);
}

.jp-LeetArxiv-submissionHeader .jp-LeetArxiv-badge {
  grid-area: badge;
  min-width: 36px;
  font-size: var(--jp-ui-font-size1);
  line-height: 24px;
}

.jp-LeetArxiv-submissionStatus {
  grid-area: status;
  font-weight: 600;
}

.jp-LeetArxiv-submissionMeta {
  grid-area: meta;
  color: var(--jp-ui-font-color2);
  font-size: var(--jp-ui-font-size0);
}

.jp-LeetArxiv-submissionBody {
  padding: 0 12px var(--jp-LeetArxiv-gap);
}

.jp-LeetArxiv-badge {
  display: inline-block;
  min-width: 28px;
  padding: 0 4px;
  border-radius: 3px;
  font-family: var(--jp-code-font-family);
  font-size: var(--jp-ui-font-size0);
  font-weight: 600;
  line-height: 18px;
  text-align: center;
}

.jp-LeetArxiv-verdict-ok {
  background: var(--jp-success-color1);
  color: var(--jp-ui-inverse-font-color1);
}

.jp-LeetArxiv-verdict-bad {
  background: var(--jp-error-color1);
  color: var(--jp-ui-inverse-font-color1);
}

.jp-LeetArxiv-verdict-skipped,
.jp-LeetArxiv-verdict-pending {
  background: var(--jp-layout-color3);
  color: var(--jp-ui-font-color1);
}

.jp-mod-running > td .jp-LeetArxiv-badge,
.jp-LeetArxiv-submission.jp-mod-running .jp-LeetArxiv-submissionHeader .jp-LeetArxiv-badge {
  animation: jp-LeetArxiv-pulse 1.2s ease-in-out infinite;
}

@keyframes jp-LeetArxiv-pulse {
  50% {
    opacity: 0.4;
  }
}

@media (prefers-reduced-motion: reduce) {
  .jp-mod-running > td .jp-LeetArxiv-badge,
  .jp-LeetArxiv-submission.jp-mod-running .jp-LeetArxiv-submissionHeader .jp-LeetArxiv-badge {
    animation: none;
  }
}

.jp-LeetArxiv-tests {
  width: 100%;
  border-collapse: collapse;
  font-size: var(--jp-ui-font-size0);
}

.jp-LeetArxiv-tests th {
  color: var(--jp-ui-font-color2);
  font-weight: 600;
  text-align: left;
}

.jp-LeetArxiv-tests th,
.jp-LeetArxiv-tests td {
  padding: 2px 4px;
  border-bottom: var(--jp-border-width) solid var(--jp-border-color3);
  white-space: nowrap;
}

.jp-LeetArxiv-testName {
  overflow: hidden;
  max-width: 10em;
  text-overflow: ellipsis;
}

.jp-LeetArxiv-sampleMark {
  margin-left: 4px;
  color: var(--jp-ui-font-color2);
  font-style: italic;
}

.jp-LeetArxiv-failed {
  margin: 4px 0 var(--jp-LeetArxiv-gap);
  padding: 6px 8px;
  border-left: 3px solid var(--jp-error-color1);
  background: var(--jp-layout-color2);
}

.jp-LeetArxiv-failedTitle {
  margin-bottom: 4px;
  font-weight: 600;
}

.jp-LeetArxiv-feedback {
  margin-bottom: 4px;
  color: var(--jp-ui-font-color1);
  white-space: pre-wrap;
}

.jp-LeetArxiv-compile {
  margin: 4px 0 var(--jp-LeetArxiv-gap);
}

/* Status bar */

.jp-LeetArxiv-statusButton {
  display: flex;
  align-items: center;
  gap: 4px;
  height: 100%;
  padding: 0 4px;
  border: none;
  background: transparent;
  color: var(--jp-ui-font-color1);
  font: inherit;
  font-size: var(--jp-ui-font-size1);
  cursor: pointer;
}

.jp-LeetArxiv-statusButton:hover {
  background: var(--jp-layout-color2);
}

.jp-LeetArxiv-statusText {
  padding: 0 4px;
  border-radius: 3px;
  line-height: 16px;
}

.jp-LeetArxiv-statusText.jp-mod-running {
  color: var(--jp-ui-font-color1);
}
`,""]),o.d(r,{},{A:p})},314(e){e.exports=function(e){var r=[];return r.toString=function(){return this.map(function(r){var o="",t=void 0!==r[5];return r[4]&&(o+="@supports (".concat(r[4],") {")),r[2]&&(o+="@media ".concat(r[2]," {")),t&&(o+="@layer".concat(r[5].length>0?" ".concat(r[5]):""," {")),o+=e(r),t&&(o+="}"),r[2]&&(o+="}"),r[4]&&(o+="}"),o}).join("")},r.i=function(e,o,t,i,n){"string"==typeof e&&(e=[[null,e,void 0]]);var p={};if(t)for(var a=0;a<this.length;a++){var l=this[a][0];null!=l&&(p[l]=!0)}for(var s=0;s<e.length;s++){var d=[].concat(e[s]);t&&p[d[0]]||(void 0!==n&&(void 0===d[5]||(d[1]="@layer".concat(d[5].length>0?" ".concat(d[5]):""," {").concat(d[1],"}")),d[5]=n),o&&(d[2]&&(d[1]="@media ".concat(d[2]," {").concat(d[1],"}")),d[2]=o),i&&(d[4]?(d[1]="@supports (".concat(d[4],") {").concat(d[1],"}"),d[4]=i):d[4]="".concat(i)),r.push(d))}},r}},601(e){e.exports=function(e){return e[1]}},72(e){var r=[];function o(e){for(var o=-1,t=0;t<r.length;t++)if(r[t].identifier===e){o=t;break}return o}function t(e,t){for(var i={},n=[],p=0;p<e.length;p++){var a=e[p],l=t.base?a[0]+t.base:a[0],s=i[l]||0,d="".concat(l," ").concat(s);i[l]=s+1;var c=o(d),v={css:a[1],media:a[2],sourceMap:a[3],supports:a[4],layer:a[5]};if(-1!==c)r[c].references++,r[c].updater(v);else{var u=function(e,r){var o=r.domAPI(r);return o.update(e),function(r){r?(r.css!==e.css||r.media!==e.media||r.sourceMap!==e.sourceMap||r.supports!==e.supports||r.layer!==e.layer)&&o.update(e=r):o.remove()}}(v,t);t.byIndex=p,r.splice(p,0,{identifier:d,updater:u,references:1})}n.push(d)}return n}e.exports=function(e,i){var n=t(e=e||[],i=i||{});return function(e){e=e||[];for(var p=0;p<n.length;p++){var a=o(n[p]);r[a].references--}for(var l=t(e,i),s=0;s<n.length;s++){var d=o(n[s]);0===r[d].references&&(r[d].updater(),r.splice(d,1))}n=l}}},659(e){var r={};e.exports=function(e,o){var t=function(e){if(void 0===r[e]){var o=document.querySelector(e);if(window.HTMLIFrameElement&&o instanceof window.HTMLIFrameElement)try{o=o.contentDocument.head}catch(e){o=null}r[e]=o}return r[e]}(e);if(!t)throw Error("Couldn't find a style target. This probably means that the value for the 'insert' parameter is invalid.");t.appendChild(o)}},540(e){e.exports=function(e){var r=document.createElement("style");return e.setAttributes(r,e.attributes),e.insert(r,e.options),r}},56(e,r,o){e.exports=function(e){var r=o.nc;r&&e.setAttribute("nonce",r)}},206(e){e.exports=function(e){if("u"<typeof document)return{update:function(){},remove:function(){}};var r=e.insertStyleElement(e);return{update:function(o){var t,i,n;t="",o.supports&&(t+="@supports (".concat(o.supports,") {")),o.media&&(t+="@media ".concat(o.media," {")),(i=void 0!==o.layer)&&(t+="@layer".concat(o.layer.length>0?" ".concat(o.layer):""," {")),t+=o.css,i&&(t+="}"),o.media&&(t+="}"),o.supports&&(t+="}"),(n=o.sourceMap)&&"u">typeof btoa&&(t+="\n/*# sourceMappingURL=data:application/json;base64,".concat(btoa(unescape(encodeURIComponent(JSON.stringify(n))))," */")),e.styleTagTransform(t,r,e.options)},remove:function(){var e;null===(e=r).parentNode||e.parentNode.removeChild(e)}}}},113(e){e.exports=function(e,r){if(r.styleSheet)r.styleSheet.cssText=e;else{for(;r.firstChild;)r.removeChild(r.firstChild);r.appendChild(document.createTextNode(e))}}},579(e,r,o){var t=o(72),i=o.n(t),n=o(206),p=o.n(n),a=o(659),l=o.n(a),s=o(56),d=o.n(s),c=o(540),v=o.n(c),u=o(113),x=o.n(u),j=o(475),f={};f.styleTagTransform=x(),f.setAttributes=d(),f.insert=l().bind(null,"head"),f.domAPI=p(),f.insertStyleElement=v(),i()(j.A,f),j.A&&j.A.locals&&j.A.locals}}]);