/** Server-rendered pages: the home page with the dataset's counts and endpoints; health details. */
package org.w3id.apecdekg.web;
