LOAD SILENT <file:///etc/hosts> INTO GRAPH <urn:hostile>
