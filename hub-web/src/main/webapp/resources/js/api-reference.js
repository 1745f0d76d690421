/*
 * The API reference on "API for udviklere": Swagger UI on the Hub's own OpenAPI document. Loaded as a file (the pages'
 * content security policy allows no inline script); no validator badge, which would call an outside address.
 */
(function () {
    'use strict';
    function start() {
        var root = document.getElementById('api-reference');
        if (!root || typeof window.SwaggerUIBundle !== 'function') {
            return;
        }
        // Swagger UI's code examples scroll sideways inside their box: each gets a tab stop, so a keyboard can scroll
        // it too (WCAG 2.1.1), as they appear when an operation is opened.
        new MutationObserver(function () {
            root.querySelectorAll('pre.microlight:not([tabindex])').forEach(function (example) {
                example.setAttribute('tabindex', '0');
            });
        }).observe(root, {childList: true, subtree: true});
        window.SwaggerUIBundle({
            url: root.getAttribute('data-document'),
            domNode: root,
            deepLinking: false,
            validatorUrl: null,
            defaultModelsExpandDepth: 0,
            docExpansion: 'none'
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
