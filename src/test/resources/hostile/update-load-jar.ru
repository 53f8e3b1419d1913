LOAD <jar:file:///tmp/x.jar!/a.ttl> INTO GRAPH <urn:hostile>
