/** The TDB2 store on disk: opening, closing, transactional writes, counts and a version number. */
package org.w3id.apecdekg.store;
