/**
 * The Hub's words in Danish and English: the message bundle, the language a request asks for by its
 * {@code Accept-Language} header, and the two languages themselves. The pages, the API and the security filters all
 * put texts into words through here, so none of them needs another for it; this package needs none of them.
 */
package dk.nextwork.hub.interfaces.i18n;
