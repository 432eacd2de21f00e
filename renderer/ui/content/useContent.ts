import { useContext } from 'react';
import { ContentContext, type ContentState } from './ContentContext';

export function useContent(): ContentState {
  return useContext(ContentContext);
}
